package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smtpreply.catalog.AdviceText;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.GuideText;
import org.smtpreply.catalog.Guides;
import org.smtpreply.catalog.Localized;
import org.smtpreply.catalog.Provider;
import org.smtpreply.catalog.translation.CatalogEntry;
import org.smtpreply.catalog.translation.EntryStatus;
import org.smtpreply.catalog.translation.LocaleStatus;
import org.smtpreply.core.ReplyClass;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.TranslationState;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Links;

/** Each locale's translation status page: the share translated, and the missing and stale entries. */
public final class TranslationsRenderer implements PageRenderer {

  /**
   * What the status page shows.
   *
   * @param source  whether this is the source locale, which has nothing to translate
   * @param summary how much is translated, in words
   * @param groups  the missing entries, then the stale ones
   */
  public record TranslationsView(boolean source, String summary, List<Group> groups) {}

  /**
   * Entries in one state.
   *
   * @param state   {@code missing} or {@code stale}
   * @param heading the heading, with the count
   * @param note    what the state means, or what it means that the list is empty
   * @param entries links to the entries' pages
   */
  public record Group(String state, String heading, String note, List<CodeLink> entries) {}

  @Override
  public List<Page> pages(SiteContext site) {
    List<Page> pages = new ArrayList<>();
    for (SiteLocale locale : site.locales()) {
      String tag = locale.tag();
      UiMessages ui = site.ui(tag);
      String path = Links.translations(tag);
      LocaleStatus status = LocaleStatus.of(site.catalog(), locale);
      int translated = status.count(TranslationState.TRANSLATED);
      int total = status.entries().size();
      String summary = ui.format("translations.summary", translated, total, total == 0 ? 1.0 : (double) translated / total);
      List<Group> groups = new ArrayList<>();
      for (TranslationState state : List.of(TranslationState.MISSING, TranslationState.STALE)) {
        List<CodeLink> entries = status.in(state).stream().map(e -> link(site.catalog(), tag, path, e)).toList();
        String key = "translations." + state.id();
        groups.add(new Group(state.id(), ui.format(key, entries.size()),
            ui.get(entries.isEmpty() ? key + ".none" : key + ".note"), entries));
      }
      PageMeta meta = site.meta(tag, path, ui.get("translations.title") + " · " + ui.get("site.name"),
          ui.get("translations.description"), Links::translations);
      pages.add(new Page(path, "translations.ftlh", tag, meta, new TranslationsView(status.source(), summary, groups)));
    }
    return pages;
  }

  private static CodeLink link(Catalog catalog, String tag, String page, EntryStatus status) {
    CatalogEntry entry = status.entry();
    return switch (entry.kind()) {
      case BASIC -> Texts.link(catalog, tag, page, catalog.basic(Integer.parseInt(entry.id())).orElseThrow());
      case ENHANCED -> {
        EnhancedCode code = catalog.enhanced(entry.id()).orElseThrow();
        // The permanent form where there is one: the page a reader of a bounce most often opens.
        int digit = code.classes().contains(5) ? 5 : code.classes().get(0);
        yield Texts.link(catalog, tag, page, code, code.in(digit));
      }
      case GUIDE -> {
        Localized<GuideText> guide = catalog.guide(entry.id(), tag);
        yield new CodeLink("", guide.value().title(), Links.between(page, guidePage(tag, entry.id())), false,
            Texts.mark(guide, tag));
      }
      case REASON -> {
        Localized<AdviceText> text = catalog.text(catalog.reason(entry.id()).orElseThrow(), tag);
        yield new CodeLink("", text.value().title(), Links.between(page, Links.reasons(tag)) + "#" + entry.id(),
            false, Texts.mark(text, tag));
      }
      case PROVIDER -> {
        Optional<Provider> provider = catalog.provider(entry.id());
        Localized<AdviceText> text = provider.isPresent() ? catalog.text(provider.get(), tag)
            : catalog.text(catalog.providerReply(entry.id()).orElseThrow(), tag);
        String target = provider.isPresent() ? Links.provider(tag, entry.id())
            : Links.provider(tag, catalog.providerOf(catalog.providerReply(entry.id()).orElseThrow()).id())
                + "#" + entry.id();
        yield new CodeLink("", text.value().title(), Links.between(page, target), false, Texts.mark(text, tag));
      }
    };
  }

  /** Where a guide's text appears: its own page, its class's page, or its section of the enhanced index. */
  private static String guidePage(String tag, String id) {
    if (GuideRenderer.GUIDES.contains(id)) {
      return GuideRenderer.path(tag, id);
    }
    Optional<ReplyClass> replyClass = Guides.replyClassOf(id);
    if (replyClass.isPresent()) {
      return Links.replyClass(tag, replyClass.get().key());
    }
    return Links.enhancedIndex(tag) + "#" + id;
  }
}

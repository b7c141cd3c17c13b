package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.Guides;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Links;

/**
 * Everything the renderers share: the catalog, the locales to publish with their UI strings,
 * and the base address when one is given.
 *
 * @param catalog  the catalog
 * @param locales  the locales to publish, source first
 * @param ui       the UI strings of each published locale, by tag
 * @param baseUrl  the site's absolute address, ending in a slash, if known
 * @param usages   whether the site publishes the page of the replies a codebase emits
 * @param scope    which codes get pages
 */
public record SiteContext(
    Catalog catalog, List<SiteLocale> locales, Map<String, UiMessages> ui, Optional<String> baseUrl,
    boolean usages, Scope scope) {

  /**
   * Which of the catalog's codes get pages.
   *
   * @param repliesOnly whether the site is only a codebase's replies (its home page) and the pages
   *                    of the codes they use, without the rest of the reference
   * @param basic       then, the basic codes with a page
   * @param enhanced    then, the enhanced codes with pages (every class form), by registry key ({@code X.1.1})
   */
  public record Scope(boolean repliesOnly, Set<Integer> basic, Set<String> enhanced) {
    /** The whole reference. */
    public static final Scope EVERYTHING = new Scope(false, Set.of(), Set.of());

    /** Copies the sets. */
    public Scope {
      basic = Set.copyOf(basic);
      enhanced = Set.copyOf(enhanced);
    }
  }

  /** Copies the collections. */
  public SiteContext {
    locales = List.copyOf(locales);
    ui = Map.copyOf(ui);
  }

  /** The context of the whole reference. */
  public SiteContext(Catalog catalog, List<SiteLocale> locales, Map<String, UiMessages> ui, Optional<String> baseUrl,
      boolean usages) {
    this(catalog, locales, ui, baseUrl, usages, Scope.EVERYTHING);
  }

  /** Whether {@code code} has a page on this site. */
  public boolean publishes(ReplyCode code) {
    return !scope.repliesOnly() || scope.basic().contains(code.code());
  }

  /** Whether {@code code} has pages (one per class form) on this site. */
  public boolean publishes(EnhancedCode code) {
    return !scope.repliesOnly() || scope.enhanced().contains(code.code());
  }

  /**
   * Whether the site has the pages of the bounce reasons and of the providers: the reference does;
   * a site of a codebase's replies alone names them without links.
   */
  public boolean publishesBouncePages() {
    return !scope.repliesOnly();
  }

  /** The UI strings of {@code tag}. */
  public UiMessages ui(String tag) {
    return ui.get(tag);
  }

  /**
   * The layout data for the page at {@code path} in {@code tag}; {@code twin} gives the same
   * page's path in any locale, for the language switcher and the hreflang alternates. The
   * {@code x-default} alternate is the page in the source locale.
   */
  public PageMeta meta(String tag, String path, String title, String description, Function<String, String> twin) {
    return meta(tag, path, title, description, twin, twin.apply(catalog.locales().source().tag()));
  }

  /** As {@link #meta(String, String, String, String, Function)}, with an explicit {@code x-default} page. */
  public PageMeta meta(String tag, String path, String title, String description, Function<String, String> twin,
      String xDefault) {
    List<LanguageLink> languages = new ArrayList<>();
    List<Alternate> alternates = new ArrayList<>();
    for (SiteLocale locale : locales) {
      String href = Links.between(path, twin.apply(locale.tag()));
      languages.add(new LanguageLink(locale.tag(), locale.name(), href, locale.tag().equals(tag)));
      alternates.add(new Alternate(locale.tag(), address(path, twin.apply(locale.tag()))));
    }
    alternates.add(new Alternate("x-default", address(path, xDefault)));
    String canonical = baseUrl.map(base -> base + Links.pretty(path)).orElse("");
    Map<String, String> notes = new LinkedHashMap<>();
    for (SiteLocale locale : catalog.locales().all()) {
      if (!locale.tag().equals(tag)) {
        notes.put(locale.tag(), ui(tag).format("fallback.note", locale.name()));
      }
    }
    // A site of a codebase's replies alone has none of the reference's other pages to link to.
    PageMeta.Nav nav = scope.repliesOnly() ? new PageMeta.Nav("", "", "", "", "", "", "", "", "")
        : new PageMeta.Nav(Links.between(path, Links.decoder(tag)),
            Links.between(path, Links.enhancedIndex(tag)),
            Links.between(path, GuideRenderer.path(tag, Guides.BOUNCES)),
            Links.between(path, GuideRenderer.path(tag, Guides.READING)),
            Links.between(path, Links.reasons(tag)),
            Links.between(path, Links.providers(tag)),
            Links.between(path, Links.downloads(tag)),
            Links.between(path, Links.translations(tag)),
            usages ? Links.between(path, Links.usages(tag)) : "");
    return new PageMeta(tag, title, description, Links.root(path), Links.between(path, Links.home(tag)),
        nav, canonical, languages, alternates, notes, ui(tag).languageOf("fallback.note"),
        Links.between(path, Links.search(tag)), Links.between(path, Links.searchIndex(tag)));
  }

  /** The address of {@code target} as seen from {@code page}: absolute with a base URL, else relative. */
  public String address(String page, String target) {
    return baseUrl.map(base -> base + Links.pretty(target)).orElse(Links.between(page, target));
  }
}

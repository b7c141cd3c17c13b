package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Links;
import org.smtpreply.site.internal.UsageIndex;
import org.smtpreply.site.result.SiteException;

/**
 * "Replies this codebase emits": one page per locale listing the usage index of a codebase, each
 * reply linked to the catalog's explanation of its codes. Rendered only when an index is given.
 */
public final class UsagesRenderer implements PageRenderer {

  /**
   * What the page shows.
   *
   * @param intro the introduction
   * @param rows  the declared replies, in the index's order
   */
  public record UsagesView(String intro, List<Row> rows) {}

  /**
   * One declared reply.
   *
   * @param code     the basic code, linked to its page
   * @param enhanced the enhanced code linked to its page, or null for none
   * @param text     the reply text
   * @param element  the annotated element
   * @param kind     its kind, in the page's language
   * @param bounce   {@code none}, {@code soft} or {@code hard}: the basic code's bounce kind
   * @param bounceLabel the bounce kind, in words
   */
  public record Row(CodeLink code, CodeLink enhanced, String text, String element, String kind, String bounce,
      String bounceLabel) {}

  private final UsageIndex index;
  private final boolean home;

  /** A renderer of {@code index}, as a page of the reference. */
  public UsagesRenderer(UsageIndex index) {
    this(index, false);
  }

  /** A renderer of {@code index}; as each locale's home page when {@code home}, for a site of the replies alone. */
  public UsagesRenderer(UsageIndex index, boolean home) {
    this.index = index;
    this.home = home;
  }

  /** The usages page of {@code tag}. */
  static String path(String tag) {
    return Links.usages(tag);
  }

  /**
   * The codes with a page on a site of {@code index}'s replies alone: the basic codes it uses, and
   * the enhanced codes (by registry key) it uses, every class form of each.
   */
  public static SiteContext.Scope scopeOf(UsageIndex index, Catalog catalog) {
    Set<Integer> basic = new TreeSet<>();
    Set<String> enhanced = new TreeSet<>();
    for (UsageIndex.Usage usage : index.usages()) {
      basic.add(usage.code());
      enhanced(catalog, usage).ifPresent(e -> enhanced.add(e.code()));
    }
    return new SiteContext.Scope(true, basic, enhanced);
  }

  @Override
  public List<Page> pages(SiteContext site) {
    Catalog catalog = site.catalog();
    checkCodes(catalog);
    List<Page> pages = new ArrayList<>();
    for (SiteLocale locale : site.locales()) {
      String tag = locale.tag();
      UiMessages ui = site.ui(tag);
      String path = home ? Links.home(tag) : path(tag);
      List<Row> rows = new ArrayList<>();
      for (UsageIndex.Usage usage : index.usages()) {
        ReplyCode code = catalog.basic(usage.code()).orElseThrow();
        CodeLink enhanced = enhanced(catalog, usage)
            .map(e -> Texts.link(catalog, tag, path, e, usage.enhanced()))
            .orElse(null);
        String bounce = code.bounce().id();
        rows.add(new Row(Texts.link(catalog, tag, path, code), enhanced, usage.text(), usage.element(),
            ui.get("usages.kind." + usage.kind()), bounce, ui.get("bounce." + bounce)));
      }
      String title = ui.get("usages.title") + " · " + ui.get("site.name");
      PageMeta meta = home ? site.meta(tag, path, title, ui.get("usages.intro"), Links::home, "index.html")
          : site.meta(tag, path, title, ui.get("usages.intro"), UsagesRenderer::path);
      pages.add(new Page(path, "usages.ftlh", tag, meta, new UsagesView(ui.get("usages.intro"), rows)));
    }
    return pages;
  }

  /** Every code must have a page to link to: one line per usage whose code the catalog lacks. */
  private void checkCodes(Catalog catalog) {
    List<String> problems = new ArrayList<>();
    int n = 0;
    for (UsageIndex.Usage usage : index.usages()) {
      n++;
      String where = index.file() + ": usage #" + n + " (" + usage.element() + "): ";
      if (catalog.basic(usage.code()).isEmpty()) {
        problems.add(where + "code " + usage.code() + " is not in the catalog; pass the extra catalog the"
            + " processor used with --catalog");
      } else if (!usage.enhanced().isEmpty() && enhanced(catalog, usage).isEmpty()) {
        problems.add(where + "enhanced code " + usage.enhanced() + " is not in the catalog");
      }
      if (!List.of("class", "enum", "record", "field", "enum_constant", "method").contains(usage.kind())) {
        problems.add(where + "unknown kind '" + usage.kind() + "'");
      }
    }
    if (!problems.isEmpty()) {
      throw new SiteException(problems);
    }
  }

  private static Optional<EnhancedCode> enhanced(Catalog catalog, UsageIndex.Usage usage) {
    return usage.enhanced().isEmpty() ? Optional.empty() : catalog.enhanced(usage.enhanced());
  }
}

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
 * @param prose    the catalog's prose as HTML, its codes linked where they have a page
 */
public record SiteContext(
    Catalog catalog, List<SiteLocale> locales, Map<String, UiMessages> ui, Optional<String> baseUrl,
    boolean usages, Scope scope, Prose prose) {

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

    /** Whether {@code code} has a page. */
    public boolean has(ReplyCode code) {
      return !repliesOnly || basic.contains(code.code());
    }

    /** Whether {@code code} has pages (one per class form). */
    public boolean has(EnhancedCode code) {
      return !repliesOnly || enhanced.contains(code.code());
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

  /** The context of the pages {@code scope} selects, their prose linked to those pages. */
  public SiteContext(Catalog catalog, List<SiteLocale> locales, Map<String, UiMessages> ui, Optional<String> baseUrl,
      boolean usages, Scope scope) {
    this(catalog, locales, ui, baseUrl, usages, scope, new Prose(catalog, scope));
  }

  /** Whether {@code code} has a page on this site. */
  public boolean publishes(ReplyCode code) {
    return scope.has(code);
  }

  /** Whether {@code code} has pages (one per class form) on this site. */
  public boolean publishes(EnhancedCode code) {
    return scope.has(code);
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
    return meta(tag, path, title, description, twin, xDefault, Links.root(path));
  }

  /**
   * The layout data for a page a server shows at any missing address, however deep (the 404
   * page): every link, asset and navigation alike, starts with {@link #anywhere()}.
   */
  public PageMeta metaAnywhere(String tag, String path, String title, String description,
      Function<String, String> twin) {
    return meta(tag, path, title, description, twin, twin.apply(catalog.locales().source().tag()), anywhere());
  }

  /**
   * The prefix of links that work from any address on the host: the base URL when known, else
   * {@code /}, which holds when the site is at the root of its host.
   */
  public String anywhere() {
    return baseUrl.orElse("/");
  }

  /** The layout data; {@code root} leads from the page to the site root, and every link starts with it. */
  private PageMeta meta(String tag, String path, String title, String description, Function<String, String> twin,
      String xDefault, String root) {
    List<LanguageLink> languages = new ArrayList<>();
    List<Alternate> alternates = new ArrayList<>();
    for (SiteLocale locale : locales) {
      String href = root + twin.apply(locale.tag());
      languages.add(new LanguageLink(locale.tag(), locale.name(), href, locale.tag().equals(tag)));
      alternates.add(new Alternate(locale.tag(), baseUrl.map(base -> base + Links.pretty(twin.apply(locale.tag())))
          .orElse(href)));
    }
    alternates.add(new Alternate("x-default", baseUrl.map(base -> base + Links.pretty(xDefault))
        .orElse(root + xDefault)));
    String canonical = baseUrl.map(base -> base + Links.pretty(path)).orElse("");
    Map<String, String> notes = new LinkedHashMap<>();
    for (SiteLocale locale : catalog.locales().all()) {
      if (!locale.tag().equals(tag)) {
        notes.put(locale.tag(), ui(tag).format("fallback.note", locale.name()));
      }
    }
    // A site of a codebase's replies alone has none of the reference's other pages to link to.
    PageMeta.Nav nav = scope.repliesOnly() ? new PageMeta.Nav("", "", "", "", "", "", "", "", "")
        : new PageMeta.Nav(root + Links.decoder(tag),
            root + Links.enhancedIndex(tag),
            root + GuideRenderer.path(tag, Guides.BOUNCES),
            root + GuideRenderer.path(tag, Guides.READING),
            root + Links.reasons(tag),
            root + Links.providers(tag),
            root + Links.downloads(tag),
            root + Links.translations(tag),
            usages ? root + Links.usages(tag) : "");
    return new PageMeta(tag, title, description, root, root + Links.home(tag),
        nav, canonical, languages, alternates, notes, ui(tag).languageOf("fallback.note"),
        root + Links.search(tag), root + Links.searchIndex(tag));
  }

  /** The address of {@code target} as seen from {@code page}: absolute with a base URL, else relative. */
  public String address(String page, String target) {
    return baseUrl.map(base -> base + Links.pretty(target)).orElse(Links.between(page, target));
  }
}

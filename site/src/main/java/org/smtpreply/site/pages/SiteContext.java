package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.Guides;
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
 * @param prose    the catalog's prose as HTML, its codes linked
 */
public record SiteContext(
    Catalog catalog, List<SiteLocale> locales, Map<String, UiMessages> ui, Optional<String> baseUrl,
    boolean usages, Prose prose) {

  /** Copies the collections. */
  public SiteContext {
    locales = List.copyOf(locales);
    ui = Map.copyOf(ui);
  }

  /** The context of {@code catalog}'s site, its prose linked to the catalog's codes. */
  public SiteContext(Catalog catalog, List<SiteLocale> locales, Map<String, UiMessages> ui,
      Optional<String> baseUrl, boolean usages) {
    this(catalog, locales, ui, baseUrl, usages, new Prose(catalog));
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
    PageMeta.Nav nav = new PageMeta.Nav(root + Links.decoder(tag),
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

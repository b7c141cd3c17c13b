package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.smtpreply.catalog.Catalog;
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
 */
public record SiteContext(
    Catalog catalog, List<SiteLocale> locales, Map<String, UiMessages> ui, Optional<String> baseUrl) {

  /** Copies the collections. */
  public SiteContext {
    locales = List.copyOf(locales);
    ui = Map.copyOf(ui);
  }

  /** The UI strings of {@code tag}. */
  public UiMessages ui(String tag) {
    return ui.get(tag);
  }

  /**
   * The layout data for the page at {@code path} in {@code tag}; {@code twin} gives the same
   * page's path in any locale, for the language switcher and the hreflang alternates.
   */
  public PageMeta meta(String tag, String path, String title, String description, Function<String, String> twin) {
    List<LanguageLink> languages = new ArrayList<>();
    for (SiteLocale locale : locales) {
      languages.add(new LanguageLink(locale.tag(), locale.name(),
          Links.between(path, twin.apply(locale.tag())), locale.tag().equals(tag)));
    }
    String canonical = baseUrl.map(base -> base + Links.pretty(path)).orElse("");
    Map<String, String> notes = new LinkedHashMap<>();
    for (SiteLocale locale : catalog.locales().all()) {
      if (!locale.tag().equals(tag)) {
        notes.put(locale.tag(), ui(tag).format("fallback.note", locale.name()));
      }
    }
    return new PageMeta(tag, title, description, Links.root(path), Links.between(path, Links.home(tag)),
        canonical, languages, notes);
  }
}

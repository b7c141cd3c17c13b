package org.smtpreply.site.pages;

import java.util.List;
import java.util.Map;

/**
 * What the shared layout needs for any page.
 *
 * @param lang        the page's language tag, for {@code <html lang>}
 * @param title       the document title
 * @param description the meta description
 * @param root        the prefix from this page to the site root ({@code ../../})
 * @param home        the link to this language's home page
 * @param canonical   the absolute address of this page, or empty without a base URL
 * @param languages   this page in every published language, for the switcher and hreflang
 * @param fallbackNotes for each other language, the note that marks text shown in it
 */
public record PageMeta(
    String lang,
    String title,
    String description,
    String root,
    String home,
    String canonical,
    List<LanguageLink> languages,
    Map<String, String> fallbackNotes) {

  /** Copies the collections. */
  public PageMeta {
    languages = List.copyOf(languages);
    fallbackNotes = Map.copyOf(fallbackNotes);
  }
}

package org.smtpreply.site.pages;

import java.util.List;
import java.util.Map;

/**
 * What the shared layout needs for any page.
 *
 * @param lang          the page's language tag, for {@code <html lang>}
 * @param title         the document title
 * @param description   the meta description
 * @param root          the prefix from this page to the site root ({@code ../../})
 * @param home          the link to this language's home page
 * @param nav           the links of the main navigation, in this language
 * @param canonical     the absolute address of this page, or empty without a base URL
 * @param languages     this page in every published language, for the language switcher
 * @param alternates    the hreflang alternates, {@code x-default} last
 * @param fallbackNotes for each other language, the note that marks text shown in it
 * @param fallbackNoteLang the language the notes are written in: the page's, unless its UI
 *                      strings lack the note and show it in a fallback language
 * @param search        the link to this language's search page (the search form's action)
 * @param searchIndex   the link to this language's search index script
 */
public record PageMeta(
    String lang,
    String title,
    String description,
    String root,
    String home,
    Nav nav,
    String canonical,
    List<LanguageLink> languages,
    List<Alternate> alternates,
    Map<String, String> fallbackNotes,
    String fallbackNoteLang,
    String search,
    String searchIndex) {

  /**
   * The main navigation's links, relative to the page.
   *
   * @param decoder  the reply decoder
   * @param enhanced the enhanced status codes by subject
   * @param bounces  the guide to soft and hard bounces
   * @param reading  the guide to reading a reply
   * @param reasons  the reasons of bounces
   * @param providers the providers whose replies the catalog knows
   * @param downloads the catalog as data
   * @param translations the translation status of this language
   * @param usages   the replies the documented codebase emits, or empty when the site has no such page
   */
  public record Nav(String decoder, String enhanced, String bounces, String reading, String reasons,
      String providers, String downloads, String translations, String usages) {}

  /** Copies the collections. */
  public PageMeta {
    languages = List.copyOf(languages);
    alternates = List.copyOf(alternates);
    fallbackNotes = Map.copyOf(fallbackNotes);
  }
}

package org.smtpreply.catalog;

/**
 * A text together with the locale it is really written in, which differs from the requested
 * one when the text came from the fallback chain.
 *
 * @param value    the text
 * @param language the tag of the locale the text is written in
 */
public record Localized<T>(T value, String language) {

  /** Whether the text is in a fallback language rather than the requested {@code tag}. */
  public boolean isFallbackFor(String tag) {
    return !language.equalsIgnoreCase(tag);
  }
}

package org.smtpreply.i18n;

import java.util.Locale;
import java.util.Objects;

/**
 * A locale the project publishes, as listed in {@code locales.yaml}.
 *
 * @param tag     the BCP 47 language tag ({@code en}, {@code es}, {@code pt-BR})
 * @param name    the language's name in that language, for the language switcher
 * @param partial whether the locale may be published with texts missing; they are then shown in
 *                a fallback language and marked as such. A locale that is not partial must have
 *                every text.
 */
public record SiteLocale(String tag, String name, boolean partial) {

  /** Checks that tag and name are present. */
  public SiteLocale {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(name, "name");
  }

  /** A complete (not partial) locale. */
  public SiteLocale(String tag, String name) {
    this(tag, name, false);
  }

  /** The {@link Locale} for formatting numbers and messages. */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }
}

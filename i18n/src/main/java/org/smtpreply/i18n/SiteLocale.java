package org.smtpreply.i18n;

import java.util.Locale;
import java.util.Objects;

/**
 * A locale the project publishes, as listed in {@code locales.yaml}.
 *
 * @param tag  the BCP 47 language tag ({@code en}, {@code es}, {@code pt-BR})
 * @param name the language's name in that language, for the language switcher
 */
public record SiteLocale(String tag, String name) {

  /** Checks that both fields are present. */
  public SiteLocale {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(name, "name");
  }

  /** The {@link Locale} for formatting numbers and messages. */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }
}

package org.smtpreply.site;

import java.util.ArrayList;
import java.util.List;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.translation.LocaleStatus;
import org.smtpreply.i18n.SiteLocale;

/**
 * Whether a site's translations are ready to publish, as the command line's {@code generate} and the
 * Maven plugin both check before writing: one status line per published translated locale and, in
 * strict mode, one line per entry at fault (an extra catalog's entry named by its file and line).
 *
 * @param complete   the summaries of the complete locales ({@code es: 146 of 146 translated, ...})
 * @param incomplete the summaries of the incomplete ones
 * @param problems   in strict mode, every entry at fault; empty otherwise
 */
public record TranslationGate(List<String> complete, List<String> incomplete, List<String> problems) {

  /** Copies the lists. */
  public TranslationGate {
    complete = List.copyOf(complete);
    incomplete = List.copyOf(incomplete);
    problems = List.copyOf(problems);
  }

  /**
   * Checks the target locales of {@code catalog} that {@code locales} publishes (every one when
   * empty; tags match ignoring case); in {@code strict} mode an incomplete locale's entries are problems.
   */
  public static TranslationGate check(Catalog catalog, List<String> locales, boolean strict) {
    List<String> complete = new ArrayList<>();
    List<String> incomplete = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (SiteLocale locale : catalog.locales().targets()) {
      if (!locales.isEmpty() && locales.stream().noneMatch(locale.tag()::equalsIgnoreCase)) {
        continue;
      }
      LocaleStatus status = LocaleStatus.of(catalog, locale);
      if (status.isComplete()) {
        complete.add(status.summary());
      } else {
        incomplete.add(status.summary());
        if (strict) {
          problems.addAll(status.problems(catalog));
        }
      }
    }
    return new TranslationGate(complete, incomplete, problems);
  }

  /** Whether the site may be published: no problem (always, outside strict mode). */
  public boolean passes() {
    return problems.isEmpty();
  }
}

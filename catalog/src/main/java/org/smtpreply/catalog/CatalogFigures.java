package org.smtpreply.catalog;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.smtpreply.i18n.SiteLocale;

/**
 * The catalog's figures, for the build log and the site: how many codes, how many
 * non-standard, and per locale how many entries have their own text.
 *
 * @param basic       basic reply codes
 * @param nonStandard basic reply codes marked non-standard
 * @param enhanced    enhanced status codes ({@code X.s.d})
 * @param translated  per locale tag, entries with their own text in that locale
 */
public record CatalogFigures(int basic, int nonStandard, int enhanced, Map<String, Integer> translated) {

  /** Counts {@code catalog}. */
  public static CatalogFigures of(Catalog catalog) {
    Map<String, Integer> translated = new LinkedHashMap<>();
    for (SiteLocale locale : catalog.locales().all()) {
      int own = 0;
      for (ReplyCode code : catalog.basicCodes()) {
        own += catalog.hasOwnText(code.id(), locale.tag()) ? 1 : 0;
      }
      for (EnhancedCode code : catalog.enhancedCodes()) {
        own += catalog.hasOwnText(code.code(), locale.tag()) ? 1 : 0;
      }
      translated.put(locale.tag(), own);
    }
    int nonStandard = (int) catalog.basicCodes().stream().filter(c -> !c.isStandard()).count();
    return new CatalogFigures(catalog.basicCodes().size(), nonStandard, catalog.enhancedCodes().size(),
        Map.copyOf(translated));
  }

  /** Entries a locale needs: every basic and enhanced code. */
  public int entries() {
    return basic + enhanced;
  }

  /**
   * One line, such as {@code catalog: 51 basic codes (14 non-standard), 81 enhanced status codes;
   * translated: en 100.0% (132/132), es 100.0% (132/132)}.
   */
  public String describe() {
    String shares = translated.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> String.format(Locale.ROOT, "%s %.1f%% (%d/%d)", e.getKey(),
            100.0 * e.getValue() / Math.max(1, entries()), e.getValue(), entries()))
        .collect(Collectors.joining(", "));
    return "catalog: " + basic + " basic codes (" + nonStandard + " non-standard), " + enhanced
        + " enhanced status codes; translated: " + shares;
  }
}

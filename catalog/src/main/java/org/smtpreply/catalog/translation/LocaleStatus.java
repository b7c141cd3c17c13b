package org.smtpreply.catalog.translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.i18n.Fingerprint;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.TranslationState;

/**
 * The translation status of every entry in one locale.
 *
 * @param locale  the locale
 * @param source  whether it is the source locale, whose texts are all original
 * @param entries every entry, in catalog order
 */
public record LocaleStatus(SiteLocale locale, boolean source, List<EntryStatus> entries) {

  /** Copies the list. */
  public LocaleStatus {
    entries = List.copyOf(entries);
  }

  /**
   * The status of {@code locale} in {@code catalog}: for each entry, missing when the locale has no
   * text of its own; stale when the source text of some field differs from the one a translator
   * confirmed (or none was confirmed), naming those fields; else translated. An extra catalog's
   * text that no confirmation was recorded for was written with its source text: translated.
   */
  public static LocaleStatus of(Catalog catalog, SiteLocale locale) {
    String tag = locale.tag();
    boolean source = catalog.locales().source().tag().equals(tag);
    List<EntryStatus> entries = new ArrayList<>();
    for (CatalogEntry entry : CatalogEntry.all(catalog)) {
      Map<String, String> sourceFields = EntryFields.source(catalog, entry);
      String title = sourceFields.get("title");
      Optional<Map<String, String>> own = source ? Optional.empty() : EntryFields.own(catalog, entry, tag);
      if (source) {
        entries.add(new EntryStatus(entry, title, TranslationState.TRANSLATED, Map.of()));
      } else if (own.isEmpty()) {
        entries.add(new EntryStatus(entry, title, TranslationState.MISSING, Map.of()));
      } else if (catalog.isAuthored(entry.id(), tag)) {
        entries.add(new EntryStatus(entry, title, TranslationState.TRANSLATED, Map.of()));
      } else {
        Map<String, Optional<String>> stale = stale(catalog, entry, tag, sourceFields, own.get());
        entries.add(new EntryStatus(entry, title, stale.isEmpty() ? TranslationState.TRANSLATED : TranslationState.STALE,
            stale));
      }
    }
    return new LocaleStatus(locale, source, entries);
  }

  /**
   * The fields of {@code entry} whose translation was not confirmed against the current source,
   * with the source each was confirmed against where it is known: a field whose source changed or
   * is new, and a field the source no longer has. A field the translation leaves out (one cause
   * fewer) is up to date once confirmed. An entry confirmed the way
   * older catalogs recorded it (one fingerprint for the whole entry) is up to date or stale as a
   * whole, with no earlier source to show.
   */
  private static Map<String, Optional<String>> stale(Catalog catalog, CatalogEntry entry, String tag,
      Map<String, String> source, Map<String, String> own) {
    Map<String, Optional<String>> stale = new LinkedHashMap<>();
    Optional<Map<String, String>> confirmed = catalog.confirmedSource(entry.id(), tag);
    if (confirmed.isEmpty()) {
      boolean current = catalog.confirmedFingerprint(entry.id(), tag)
          .filter(Fingerprint.of(source)::equals).isPresent();
      if (!current) {
        source.keySet().forEach(field -> stale.put(field, Optional.empty()));
      }
      return stale;
    }
    source.forEach((field, text) -> {
      String was = confirmed.get().get(field);
      if (!text.equals(was)) {
        stale.put(field, Optional.ofNullable(was));
      }
    });
    own.keySet().stream().filter(field -> !source.containsKey(field))
        .forEach(field -> stale.put(field, Optional.ofNullable(confirmed.get().get(field))));
    return stale;
  }

  /** The entries in {@code state}, in catalog order. */
  public List<EntryStatus> in(TranslationState state) {
    return entries.stream().filter(e -> e.state() == state).toList();
  }

  /** How many entries are in {@code state}. */
  public int count(TranslationState state) {
    return in(state).size();
  }

  /** Whether every entry is translated and confirmed. */
  public boolean isComplete() {
    return count(TranslationState.TRANSLATED) == entries.size();
  }

  /** One line, such as {@code es: 146 of 146 translated, 0 missing, 0 stale}. */
  public String summary() {
    return locale.tag() + ": " + count(TranslationState.TRANSLATED) + " of " + entries.size() + " translated, "
        + count(TranslationState.MISSING) + " missing, " + count(TranslationState.STALE) + " stale"
        + (locale.partial() ? " (partial)" : "") + (source ? " (source)" : "");
  }

  /**
   * One line per entry that is not translated, naming the file to fix and, for a stale entry, its
   * fields to review: {@code es/basic.yaml: entry 550 (Mailbox unavailable): stale: summary}.
   */
  public List<String> problems() {
    return problems(id -> Optional.empty());
  }

  /**
   * As {@link #problems()}, but an entry that an extra catalog file of {@code catalog} added is
   * named by that file, line and column.
   */
  public List<String> problems(Catalog catalog) {
    return problems(catalog::extraLocation);
  }

  private List<String> problems(Function<String, Optional<String>> extraLocation) {
    return entries.stream()
        .filter(e -> e.state() != TranslationState.TRANSLATED)
        .map(e -> extraLocation.apply(e.entry().id()).orElse(e.entry().kind().file(locale.tag()))
            + ": entry " + e.entry().id() + " (" + e.title() + "): "
            + (e.state() == TranslationState.MISSING ? "missing"
                : "stale: not confirmed against the current source text of " + String.join(", ", e.stale().keySet())))
        .toList();
  }
}

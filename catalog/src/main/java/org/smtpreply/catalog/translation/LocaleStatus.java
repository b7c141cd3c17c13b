package org.smtpreply.catalog.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.smtpreply.catalog.Catalog;
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
   * text of its own, stale when the fingerprint a translator confirmed differs from the source
   * text's current one (or none was confirmed), else translated. An extra catalog's text that no
   * confirmation was recorded for was written with its source text: translated.
   */
  public static LocaleStatus of(Catalog catalog, SiteLocale locale) {
    String tag = locale.tag();
    boolean source = catalog.locales().source().tag().equals(tag);
    List<EntryStatus> entries = new ArrayList<>();
    for (CatalogEntry entry : CatalogEntry.all(catalog)) {
      String title = EntryFields.source(catalog, entry).get("title");
      TranslationState state;
      if (source) {
        state = TranslationState.TRANSLATED;
      } else if (EntryFields.own(catalog, entry, tag).isEmpty()) {
        state = TranslationState.MISSING;
      } else if (catalog.isAuthored(entry.id(), tag) || catalog.confirmedFingerprint(entry.id(), tag)
          .filter(EntryFields.sourceFingerprint(catalog, entry)::equals).isPresent()) {
        state = TranslationState.TRANSLATED;
      } else {
        state = TranslationState.STALE;
      }
      entries.add(new EntryStatus(entry, title, state));
    }
    return new LocaleStatus(locale, source, entries);
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
   * One line per entry that is not translated, naming the file to fix:
   * {@code es/basic.yaml: entry 550 (Mailbox unavailable): stale}.
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
            + (e.state() == TranslationState.MISSING ? "missing" : "stale: not confirmed against the current source text"))
        .toList();
  }
}

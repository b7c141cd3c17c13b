package org.smtpreply.catalog.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.TranslationState;
import org.smtpreply.i18n.xliff.SegmentState;
import org.smtpreply.i18n.xliff.XliffDocument;
import org.smtpreply.i18n.xliff.XliffSegment;
import org.smtpreply.i18n.xliff.XliffUnit;

/**
 * Exports a locale's translations as an XLIFF document: one unit per entry, one segment per
 * field. Confirmed translations are {@code final}; stale ones carry their old text as a
 * {@code initial} target for review; missing ones have no target.
 */
public final class XliffExport {
  /** The id of the document's one {@code <file>}. */
  public static final String FILE_ID = "smtp-reply-catalog";

  private XliffExport() {}

  /**
   * The entries of {@code locale} whose state is in {@code only} (every entry when it is empty),
   * in catalog order.
   */
  public static XliffDocument export(Catalog catalog, SiteLocale locale, Set<TranslationState> only) {
    return export(catalog, locale, only, entry -> true);
  }

  /** As {@link #export(Catalog, SiteLocale, Set)}, for the entries {@code which} accepts only. */
  public static XliffDocument export(Catalog catalog, SiteLocale locale, Set<TranslationState> only,
      Predicate<CatalogEntry> which) {
    LocaleStatus status = LocaleStatus.of(catalog, locale);
    List<XliffUnit> units = new ArrayList<>();
    for (EntryStatus entry : status.entries()) {
      if ((only.isEmpty() || only.contains(entry.state())) && which.test(entry.entry())) {
        units.add(unit(catalog, locale, entry));
      }
    }
    return new XliffDocument(catalog.locales().source().tag(), locale.tag(), FILE_ID, units);
  }

  private static XliffUnit unit(Catalog catalog, SiteLocale locale, EntryStatus status) {
    CatalogEntry entry = status.entry();
    Map<String, String> source = EntryFields.source(catalog, entry);
    Optional<Map<String, String>> own = EntryFields.own(catalog, entry, locale.tag());
    SegmentState state = status.state() == TranslationState.TRANSLATED ? SegmentState.FINAL : SegmentState.INITIAL;
    List<XliffSegment> segments = new ArrayList<>();
    source.forEach((field, text) -> segments.add(
        new XliffSegment(field, text, own.map(o -> o.get(field)), state)));
    List<XliffUnit.Note> notes = List.of(
        new XliffUnit.Note("location", catalog.extraLocation(entry.id()).orElse(entry.kind().file(locale.tag()))
            + ", entry " + entry.id()),
        new XliffUnit.Note("status", statusNote(status.state())));
    return new XliffUnit(entry.unitId(), entry.id() + " " + status.title(), notes, segments);
  }

  private static String statusNote(TranslationState state) {
    return switch (state) {
      case TRANSLATED -> "translated: confirmed against the current source text";
      case MISSING -> "missing: translate every segment, then mark them translated";
      case STALE -> "stale: the source text changed after this translation was confirmed;"
          + " review the target, edit it if needed, and mark every segment translated";
    };
  }
}

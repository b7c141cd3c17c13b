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
import org.smtpreply.i18n.xliff.XliffText;
import org.smtpreply.i18n.xliff.XliffUnit;

/**
 * Exports a locale's translations as an XLIFF document: one unit per entry, one segment per
 * field. A confirmed segment is {@code final}; a segment whose source changed since its
 * translation was confirmed carries the old translation as an {@code initial} target, and a note
 * with the source as it was; a missing one has no target. Codes, addresses and protocol names are
 * protected runs ({@link ProtectedTokens}) in sources and targets alike.
 */
public final class XliffExport {
  /** The id of the document's one {@code <file>}. */
  public static final String FILE_ID = "smtp-reply-catalog";

  private XliffExport() {}

  /**
   * The entries of {@code locale} whose state is in {@code only} (every entry when it is empty),
   * in catalog order. A document with no unit is not valid XLIFF: check {@link
   * XliffDocument#units()} before writing one.
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
    List<XliffSegment> segments = new ArrayList<>();
    int[] ids = {0};
    source.forEach((field, text) -> {
      SegmentState state = status.state() == TranslationState.TRANSLATED
          || status.state() == TranslationState.STALE && !status.stale().containsKey(field)
          ? SegmentState.FINAL : SegmentState.INITIAL;
      XliffText marked = protect(text, ids);
      Optional<XliffText> target = own.map(o -> o.get(field)).map(t -> protectLike(t, marked));
      segments.add(new XliffSegment(field, marked, target, target.isEmpty() ? SegmentState.INITIAL : state));
    });
    List<XliffUnit.Note> notes = new ArrayList<>();
    notes.add(new XliffUnit.Note("location", catalog.extraLocation(entry.id()).orElse(entry.kind().file(locale.tag()))
        + ", entry " + entry.id()));
    notes.add(new XliffUnit.Note("status", statusNote(status)));
    status.stale().forEach((field, was) -> {
      if (!source.containsKey(field)) {
        notes.add(new XliffUnit.Note("removed-source", field + ": the " + catalog.locales().source().name()
            + " text no longer has this field; importing the unit removes its translation"));
      } else {
        was.ifPresent(text -> notes.add(new XliffUnit.Note("previous-source", field + ", before the change: " + text)));
      }
    });
    return new XliffUnit(entry.unitId(), entry.id() + " " + status.title(), notes, segments);
  }

  /** {@code text} with its protected tokens as protected runs, numbered on from {@code ids[0]} within the unit. */
  private static XliffText protect(String text, int[] ids) {
    List<XliffText.Run> runs = new ArrayList<>();
    int at = 0;
    for (ProtectedTokens.Token token : ProtectedTokens.find(text)) {
      runs.add(new XliffText.Plain(text.substring(at, token.start())));
      runs.add(new XliffText.Protected("m" + ++ids[0], token.text()));
      at = token.end();
    }
    runs.add(new XliffText.Plain(text.substring(at)));
    return new XliffText(runs);
  }

  /** A translation with each token its source protects marked with the id of the source's run. */
  private static XliffText protectLike(String text, XliffText source) {
    List<XliffText.Protected> unused = new ArrayList<>(source.protectedRuns());
    List<XliffText.Run> runs = new ArrayList<>();
    int at = 0;
    for (ProtectedTokens.Token token : ProtectedTokens.find(text)) {
      Optional<XliffText.Protected> match = unused.stream().filter(r -> r.text().equals(token.text())).findFirst();
      if (match.isEmpty()) {
        continue;
      }
      unused.remove(match.get());
      runs.add(new XliffText.Plain(text.substring(at, token.start())));
      runs.add(match.get());
      at = token.end();
    }
    runs.add(new XliffText.Plain(text.substring(at)));
    return new XliffText(runs);
  }

  private static String statusNote(EntryStatus status) {
    return switch (status.state()) {
      case TRANSLATED -> "translated: confirmed against the current source text";
      case MISSING -> "missing: translate every segment, then mark them translated";
      case STALE -> "stale: the source text of " + String.join(", ", status.stale().keySet()) + " changed after"
          + " this translation was confirmed; review the segments marked initial (a previous-source note gives"
          + " what each said before, where it is known), edit them if needed, and mark every segment translated";
    };
  }
}

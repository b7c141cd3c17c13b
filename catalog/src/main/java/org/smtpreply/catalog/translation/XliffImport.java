package org.smtpreply.catalog.translation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogLoader;
import org.smtpreply.i18n.Fingerprint;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.xliff.Xliff;
import org.smtpreply.i18n.xliff.XliffDocument;
import org.smtpreply.i18n.xliff.XliffSegment;
import org.smtpreply.i18n.xliff.XliffText;
import org.smtpreply.i18n.xliff.XliffUnit;

/**
 * Imports an XLIFF file into a catalog folder. A unit is taken when every one of its segments is
 * confirmed (translated, reviewed or final): the fields whose translation changed are written, and
 * the source text of each segment is stored as what its field was confirmed against. Units with no
 * confirmed segment are left alone, and so are units only partly confirmed (reported as skipped).
 *
 * <p>The import is all or nothing: a foreign or broken file, an unknown unit or segment, a
 * translation with a line break or markup, or one that drops or changes a code, an address or a
 * protocol name of its source, or a text the catalog would reject, stops it with one line naming
 * the unit and segment, before any file is written.
 */
public final class XliffImport {
  /** Something that reads as a markup tag ({@code <b>}, {@code </p>}, {@code <br/>}); an address has an {@code @}. */
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>@]*)?/?>");
  /** A tag with no attribute and no slash, which a text may use as a placeholder ({@code <domain>}). */
  private static final Pattern PLACEHOLDER = Pattern.compile("<\\p{L}[\\p{L}0-9-]*>");

  private XliffImport() {}

  /**
   * Imports {@code file} into the catalog folder {@code root}; if {@code expected} is given, the
   * file must be for that locale.
   */
  public static ImportReport apply(Path root, Path file, Optional<String> expected) {
    return apply(TranslationFiles.folder(root), file, expected);
  }

  /**
   * Imports {@code file} into {@code files}: an extra catalog's entries into the extra file (and
   * their confirmations beside it), the others into the catalog folder. If {@code expected} is
   * given, the file must be for that locale.
   */
  public static ImportReport apply(TranslationFiles files, Path file, Optional<String> expected) {
    XliffDocument document = Xliff.read(file);
    Locales locales = files.locales();
    CatalogLoader loader = files.loader(locales);
    Catalog catalog = loader.load();
    SiteLocale locale = checkLanguages(file, document, locales, expected);
    Optional<LocaleFileWriter> writer = files.folder().map(root -> new LocaleFileWriter(root, catalog, locale));
    ExtraFileWriter extras = new ExtraFileWriter(catalog, files.extras(), loader, locale);
    int changed = 0;
    int confirmed = 0;
    List<String> skipped = new ArrayList<>();
    for (XliffUnit unit : document.units()) {
      CatalogEntry entry = CatalogEntry.ofUnitId(catalog, unit.id()).filter(e -> files.covers(catalog, e))
          .orElseThrow(() -> new I18nException(file + ": unit '" + unit.id() + "' is not an entry of this "
              + (files.onlyExtras() ? "extra catalog; give the catalog folder too (--catalog-dir), or" : "catalog;")
              + " export the file again from this catalog"));
      Map<String, String> sources = new LinkedHashMap<>();
      Map<String, String> targets = new LinkedHashMap<>();
      long open = 0;
      for (XliffSegment segment : unit.segments()) {
        if (EntryFields.name(entry.kind(), segment.id()).isEmpty()) {
          throw new I18nException(file + ": unit '" + unit.id() + "' has segment '" + segment.id()
              + "', which is not a field of a " + entry.kind().prefix() + " entry; export the file again");
        }
        if (segment.state().isConfirmed() && segment.target().isEmpty()) {
          throw new I18nException(file + ": segment '" + segment.id() + "' of unit '" + unit.id()
              + "' is marked " + segment.state().xml() + " but has no translation; translate it or mark it initial");
        }
        open += segment.state().isConfirmed() ? 0 : 1;
        sources.put(segment.id(), segment.sourceText());
        segment.targetText().ifPresent(t -> targets.put(segment.id(), t.strip()));
      }
      if (open == unit.segments().size()) {
        continue;
      }
      if (open > 0) {
        skipped.add(unit.id() + ": " + open + " of " + unit.segments().size() + " segments not confirmed yet; left as it was");
        continue;
      }
      for (XliffSegment segment : unit.segments()) {
        check(file, unit, segment);
      }
      boolean extra = catalog.isExtra(entry.id());
      if (!EntryFields.own(catalog, entry, locale.tag()).equals(Optional.of(targets))) {
        if (extra) {
          extras.text(entry, targets);
        } else {
          writer.orElseThrow().text(entry, targets);
        }
        changed++;
      }
      if (extra) {
        // An extra catalog records one fingerprint for the whole entry, beside its file.
        Optional<String> fingerprint = Optional.of(Fingerprint.of(sources));
        Optional<String> before = catalog.isAuthored(entry.id(), locale.tag()) ? Optional.empty()
            : catalog.confirmedFingerprint(entry.id(), locale.tag());
        if (!before.equals(fingerprint)) {
          extras.fingerprint(entry, fingerprint);
          confirmed++;
        }
      } else if (writer.orElseThrow().confirm(entry, Optional.of(sources))) {
        confirmed++;
      }
    }
    List<String> written = FileTransaction.commit(writer, extras);
    return new ImportReport(locale.tag(), changed, confirmed, skipped, written);
  }

  /**
   * Refuses a translation that holds markup its source does not have, or that drops or changes a
   * code, an address or a protocol name of its source.
   */
  private static void check(Path file, XliffUnit unit, XliffSegment segment) {
    String where = file + ": unit '" + unit.id() + "', segment '" + segment.id() + "': ";
    String source = segment.sourceText();
    XliffText target = segment.target().orElseThrow();
    String translation = target.text();
    // A placeholder such as <domain> is translated (<dominio>): as many as the source has are not markup.
    long placeholders = TAG.matcher(source).results().filter(m -> PLACEHOLDER.matcher(m.group()).matches()).count();
    Matcher tag = TAG.matcher(translation);
    while (tag.find()) {
      boolean placeholder = PLACEHOLDER.matcher(tag.group()).matches() && placeholders-- > 0;
      if (!placeholder && !source.contains(tag.group())) {
        throw new I18nException(where + "the translation holds markup '" + tag.group()
            + "'; write plain text, as the source is");
      }
    }
    for (XliffText.Protected run : target.protectedRuns()) {
      segment.source().protectedRuns().stream()
          .filter(s -> s.id().equals(run.id()) && !s.text().equals(run.text()))
          .findFirst()
          .ifPresent(s -> {
            throw new I18nException(where + "the translation changes '" + s.text() + "' to '" + run.text()
                + "'; codes, addresses and protocol names stay as they are in the source");
          });
    }
    Set<String> kept = new LinkedHashSet<>();
    ProtectedTokens.find(translation).forEach(t -> kept.add(t.text()));
    for (ProtectedTokens.Token token : ProtectedTokens.find(source)) {
      if (!kept.contains(token.text())) {
        throw new I18nException(where + "the translation drops '" + token.text()
            + "'; codes, addresses and protocol names stay as they are in the source");
      }
    }
  }

  private static SiteLocale checkLanguages(Path file, XliffDocument document, Locales locales, Optional<String> expected) {
    String source = locales.source().tag();
    if (!document.srcLang().equalsIgnoreCase(source)) {
      throw new I18nException(file + ": its source language is '" + document.srcLang() + "' but this catalog's is '"
          + source + "'; this file is not from this catalog");
    }
    if (expected.isPresent() && !expected.get().equalsIgnoreCase(document.trgLang())) {
      throw new I18nException(file + ": this file is for '" + document.trgLang() + "', not '" + expected.get()
          + "'; import the " + expected.get() + " file, or leave out --locale");
    }
    return locales.targets().stream()
        .filter(l -> l.tag().equalsIgnoreCase(document.trgLang()))
        .findFirst()
        .orElseThrow(() -> new I18nException(file + ": its target language '" + document.trgLang()
            + "' is not a translated locale of this catalog (" + locales.targets().stream().map(SiteLocale::tag).toList()
            + "); add it to locales.yaml first"));
  }
}

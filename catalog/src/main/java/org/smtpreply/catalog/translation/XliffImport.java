package org.smtpreply.catalog.translation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogLoader;
import org.smtpreply.i18n.Fingerprint;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.xliff.Xliff;
import org.smtpreply.i18n.xliff.XliffDocument;
import org.smtpreply.i18n.xliff.XliffSegment;
import org.smtpreply.i18n.xliff.XliffUnit;

/**
 * Imports an XLIFF file into a catalog folder. A unit is taken when every one of its segments is
 * confirmed (translated, reviewed or final): its targets become the entry's text, and the
 * fingerprint of its sources is stored as confirmed. Units with no confirmed segment are left
 * alone, and so are units only partly confirmed (reported as skipped).
 *
 * <p>The import is all or nothing: a foreign or broken file, an unknown unit or segment, or a
 * text the catalog would reject stops it with one line, before any file is written.
 */
public final class XliffImport {
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
        sources.put(segment.id(), segment.source());
        segment.target().ifPresent(t -> targets.put(segment.id(), t.strip()));
      }
      if (open == unit.segments().size()) {
        continue;
      }
      if (open > 0) {
        skipped.add(unit.id() + ": " + open + " of " + unit.segments().size() + " segments not confirmed yet; left as it was");
        continue;
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
      Optional<String> fingerprint = Optional.of(Fingerprint.of(sources));
      Optional<String> before = catalog.isAuthored(entry.id(), locale.tag()) ? Optional.empty()
          : catalog.confirmedFingerprint(entry.id(), locale.tag());
      if (!before.equals(fingerprint)) {
        if (extra) {
          extras.fingerprint(entry, fingerprint);
        } else {
          writer.orElseThrow().fingerprint(entry, fingerprint);
        }
        confirmed++;
      }
    }
    extras.validate();
    writer.ifPresent(LocaleFileWriter::commit);
    extras.write();
    List<String> written = new ArrayList<>(writer.map(LocaleFileWriter::files).orElse(List.of()));
    written.addAll(extras.files());
    return new ImportReport(locale.tag(), changed, confirmed, skipped, written);
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

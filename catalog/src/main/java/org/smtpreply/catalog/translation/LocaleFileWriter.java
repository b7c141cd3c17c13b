package org.smtpreply.catalog.translation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogException;
import org.smtpreply.catalog.CatalogLoader;
import org.smtpreply.catalog.internal.TextYamlEmitter;
import org.smtpreply.catalog.internal.YamlTextSplicer;
import org.smtpreply.catalog.problem.Problem;
import org.smtpreply.catalog.problem.ProblemKind;
import org.smtpreply.i18n.Fingerprint;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.i18n.SiteLocale;

/**
 * Collects changes to one locale's files in a catalog folder (entry texts and confirmations), then
 * writes them all or none: the new contents are validated by loading the catalog as if they were
 * written; then every new file is written beside the one it replaces (prepare), and only when all
 * are written is each moved into place (commit). If a move fails, the files already moved get their
 * old contents back (or are removed, if they were new), so a failure anywhere leaves the folder as
 * it was.
 *
 * <p>A file's new text changes only the fields that changed ({@link YamlTextSplicer}), so a
 * reviewer's diff shows what the translator did and nothing else. Confirmations are kept per field
 * in {@code <tag>/confirmed.yaml}: the source text each field was confirmed against. Entries that
 * an older catalog confirmed with one fingerprint each ({@code <tag>/fingerprints.yaml}) move there
 * when confirmations are written, if their fingerprint still matches the source; the others stay
 * in the old file, which goes when it is empty.
 */
final class LocaleFileWriter {
  private final Path root;
  private final Catalog catalog;
  private final SiteLocale locale;
  private final List<CatalogEntry> entries;
  private final Map<EntryKind, Map<String, Map<String, Object>>> texts = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> confirmed = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> confirmedChanges = new LinkedHashMap<>();
  private final Map<String, String> legacy = new LinkedHashMap<>();
  private final FileTransaction.Mover mover;

  /** A writer for {@code locale}'s files under {@code root}, which {@code catalog} was loaded from. */
  LocaleFileWriter(Path root, Catalog catalog, SiteLocale locale) {
    this(root, catalog, locale, FileTransaction::replace);
  }

  /** As above, moving every file into place with {@code mover}. */
  LocaleFileWriter(Path root, Catalog catalog, SiteLocale locale, FileTransaction.Mover mover) {
    this.mover = mover;
    this.root = root;
    this.catalog = catalog;
    this.locale = locale;
    this.entries = CatalogEntry.all(catalog);
    for (CatalogEntry entry : entries) {
      catalog.confirmedSource(entry.id(), locale.tag()).ifPresent(c -> confirmed.put(entry.id(), c));
      catalog.confirmedFingerprint(entry.id(), locale.tag()).ifPresent(f -> legacy.put(entry.id(), f));
    }
  }

  /** Sets the text of {@code entry} to {@code fields} (field id to text). */
  void text(CatalogEntry entry, Map<String, String> fields) {
    texts.computeIfAbsent(entry.kind(), k -> new LinkedHashMap<>()).put(entry.id(), EntryFields.grouped(entry.kind(), fields));
  }

  /**
   * The source text of each field that {@code entry}'s translation stands confirmed against: the
   * recorded one, or for an entry an older catalog confirmed as a whole, the current source if its
   * fingerprint still matches; empty when it is not confirmed.
   */
  Optional<Map<String, String>> confirmation(CatalogEntry entry) {
    if (confirmed.containsKey(entry.id())) {
      return Optional.of(confirmed.get(entry.id()));
    }
    Map<String, String> source = EntryFields.source(catalog, entry);
    return Optional.ofNullable(legacy.get(entry.id())).filter(Fingerprint.of(source)::equals).map(f -> source);
  }

  /**
   * Records that {@code entry}'s translation was confirmed against the source texts {@code
   * sources} (field id to text), or clears its confirmation; returns whether that changed it.
   */
  boolean confirm(CatalogEntry entry, Optional<Map<String, String>> sources) {
    boolean recorded = sources.isPresent() ? sources.get().equals(confirmed.get(entry.id()))
        : !confirmed.containsKey(entry.id()) && !legacy.containsKey(entry.id());
    if (recorded) {
      return false;
    }
    boolean changed = !confirmation(entry).equals(sources);
    legacy.remove(entry.id());
    if (sources.isPresent()) {
      confirmed.put(entry.id(), sources.get());
      confirmedChanges.put(entry.id(), EntryFields.grouped(entry.kind(), sources.get()));
    } else {
      confirmed.remove(entry.id());
      confirmedChanges.put(entry.id(), null);
    }
    return changed;
  }

  /** The files that {@link #commit()} writes (or removes), relative to the catalog folder. */
  List<String> files() {
    return new ArrayList<>(contents().keySet());
  }

  /** The new content of each file to write, by path relative to the catalog folder; empty content removes a file. */
  private Map<String, String> contents() {
    Map<String, String> contents = new LinkedHashMap<>();
    texts.forEach((kind, changed) -> {
      List<String> order = entries.stream().filter(e -> e.kind() == kind).map(CatalogEntry::id).toList();
      String file = kind.file(locale.tag());
      String before = read(file);
      String after = YamlTextSplicer.splice(before, changed, order);
      if (!after.equals(before)) {
        contents.put(file, after);
      }
    });
    if (!confirmedChanges.isEmpty()) {
      Map<String, Map<String, Object>> changes = new LinkedHashMap<>(confirmedChanges);
      Map<String, String> left = new LinkedHashMap<>(legacy);
      // Whatever an older catalog confirmed as a whole and still holds moves to confirmed.yaml now.
      for (CatalogEntry entry : entries) {
        if (left.containsKey(entry.id()) && confirmation(entry).isPresent()) {
          changes.put(entry.id(), EntryFields.grouped(entry.kind(), confirmation(entry).get()));
          left.remove(entry.id());
        }
      }
      String file = locale.tag() + "/" + CatalogLoader.CONFIRMED;
      String before = read(file);
      String after = YamlTextSplicer.splice(before.isEmpty() ? header() : before, changes,
          entries.stream().map(CatalogEntry::id).toList());
      if (!after.equals(before)) {
        contents.put(file, after);
      }
      String legacyFile = locale.tag() + "/" + CatalogLoader.FINGERPRINTS;
      String legacyBefore = read(legacyFile);
      String legacyAfter = left.isEmpty() ? "" : legacyFile(left);
      if (!legacyAfter.equals(legacyBefore)) {
        contents.put(legacyFile, legacyAfter);
      }
    }
    return contents;
  }

  /**
   * Validates every change and returns the new content of each file to write, by absolute path
   * (empty content removes a file); if the result would not load, throws {@link I18nException}
   * naming the first problem. Writes nothing.
   */
  Map<Path, String> prepare() {
    Map<String, String> contents = contents();
    if (contents.isEmpty()) {
      return Map.of();
    }
    try {
      CatalogLoader.directory(root).withLocales(catalog.locales()).withReplaced(contents).load();
    } catch (CatalogException e) {
      throw FileTransaction.wouldBreak(e);
    }
    Map<Path, String> files = new LinkedHashMap<>();
    contents.forEach((file, content) -> files.put(root.resolve(file), content));
    return files;
  }

  /** Validates and writes every change, all or none (see {@link #prepare()}). */
  void commit() {
    FileTransaction.write(prepare(), mover);
  }

  private String header() {
    return "# For each " + locale.name() + " (" + locale.tag() + ") text: the " + catalog.locales().source().name()
        + " text of each field that a\n# translator last confirmed it against. Written by `smtp-reply translations"
        + " import` and\n# `smtp-reply translations confirm`; not edited by hand.\n";
  }

  /** The older file of whole-entry fingerprints, holding what is left of it. */
  private String legacyFile(Map<String, String> left) {
    TextYamlEmitter emitter = new TextYamlEmitter();
    StringBuilder out = new StringBuilder()
        .append("# For each ").append(locale.name()).append(" (").append(locale.tag()).append(") text: the fingerprint of the ")
        .append(catalog.locales().source().name()).append(" text\n")
        .append("# a translator last confirmed it against. Written by `smtp-reply translations import` and\n")
        .append("# `smtp-reply translations confirm`; not edited by hand.\n");
    for (CatalogEntry entry : entries) {
      String fingerprint = left.get(entry.id());
      if (fingerprint != null) {
        out.append(emitter.key(entry.id())).append(": ").append(fingerprint).append('\n');
      }
    }
    return out.toString();
  }

  private String read(String relative) {
    try {
      return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return "";
    } catch (IOException e) {
      throw new CatalogException(List.of(new Problem(ProblemKind.FILE_UNREADABLE, root.resolve(relative).toString(),
          0, 0, "", "cannot be read: " + e.getMessage())));
    }
  }
}

package org.smtpreply.catalog.translation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
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
import org.smtpreply.catalog.internal.YamlEntrySplicer;
import org.smtpreply.catalog.problem.Problem;
import org.smtpreply.catalog.problem.ProblemKind;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.i18n.SiteLocale;

/**
 * Collects changes to one locale's files in a catalog folder (entry texts and confirmed
 * fingerprints), then writes them all or none: the new contents are validated by loading the
 * catalog as if they were written, and only then is each file replaced by an atomic move.
 */
final class LocaleFileWriter {
  static final String FINGERPRINTS = CatalogLoader.FINGERPRINTS;

  private final Path root;
  private final Catalog catalog;
  private final SiteLocale locale;
  private final TextYamlEmitter emitter = new TextYamlEmitter();
  private final Map<EntryKind, Map<String, String>> blocks = new LinkedHashMap<>();
  private final Map<String, String> fingerprints = new LinkedHashMap<>();
  private boolean fingerprintsChanged;

  /** A writer for {@code locale}'s files under {@code root}, which {@code catalog} was loaded from. */
  LocaleFileWriter(Path root, Catalog catalog, SiteLocale locale) {
    this.root = root;
    this.catalog = catalog;
    this.locale = locale;
    for (CatalogEntry entry : CatalogEntry.all(catalog)) {
      if (!catalog.isExtra(entry.id())) {
        catalog.confirmedFingerprint(entry.id(), locale.tag()).ifPresent(f -> fingerprints.put(entry.id(), f));
      }
    }
  }

  /** Sets the text of {@code entry} to {@code fields} (field id to text). */
  void text(CatalogEntry entry, Map<String, String> fields) {
    blocks.computeIfAbsent(entry.kind(), k -> new LinkedHashMap<>()).put(entry.id(), emitter.entry(entry.id(), grouped(entry.kind(), fields)));
  }

  /** Records that {@code entry} was confirmed against source fingerprint {@code fingerprint}, or clears it. */
  void fingerprint(CatalogEntry entry, Optional<String> fingerprint) {
    Optional<String> before = Optional.ofNullable(fingerprints.get(entry.id()));
    if (!before.equals(fingerprint)) {
      fingerprintsChanged = true;
      fingerprint.ifPresentOrElse(f -> fingerprints.put(entry.id(), f), () -> fingerprints.remove(entry.id()));
    }
  }

  /** The files that {@link #commit()} writes, relative to the catalog folder. */
  List<String> files() {
    List<String> files = new ArrayList<>();
    blocks.keySet().forEach(kind -> files.add(kind.file(locale.tag())));
    if (fingerprintsChanged) {
      files.add(locale.tag() + "/" + FINGERPRINTS);
    }
    return files;
  }

  /**
   * Validates and writes every change; if the result would not load, throws {@link I18nException}
   * naming the first problem, and writes nothing.
   */
  void commit() {
    Map<String, String> contents = new LinkedHashMap<>();
    blocks.forEach((kind, changed) -> {
      List<String> order = CatalogEntry.all(catalog).stream().filter(e -> e.kind() == kind).map(CatalogEntry::id).toList();
      contents.put(kind.file(locale.tag()), YamlEntrySplicer.splice(read(kind.file(locale.tag())), changed, order));
    });
    if (fingerprintsChanged) {
      contents.put(locale.tag() + "/" + FINGERPRINTS, fingerprintsFile());
    }
    if (contents.isEmpty()) {
      return;
    }
    try {
      CatalogLoader.directory(root).withLocales(catalog.locales()).withReplaced(contents).load();
    } catch (CatalogException e) {
      List<String> problems = e.problems();
      throw new I18nException("nothing was written: the new texts would break the catalog: " + problems.get(0)
          + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
    }
    contents.forEach(this::write);
  }

  private String fingerprintsFile() {
    StringBuilder out = new StringBuilder()
        .append("# For each ").append(locale.name()).append(" (").append(locale.tag()).append(") text: the fingerprint of the ")
        .append(catalog.locales().source().name()).append(" text\n")
        .append("# a translator last confirmed it against. Written by `smtp-reply translations import` and\n")
        .append("# `smtp-reply translations confirm`; not edited by hand.\n");
    for (CatalogEntry entry : CatalogEntry.all(catalog)) {
      String fingerprint = fingerprints.get(entry.id());
      if (fingerprint != null) {
        out.append(emitter.key(entry.id())).append(": ").append(fingerprint).append('\n');
      }
    }
    return out.toString();
  }

  /** {@code fields} (field id to text) as the emitter takes them: list fields gathered into lists. */
  static Map<String, Object> grouped(EntryKind kind, Map<String, String> fields) {
    Map<String, Object> grouped = new LinkedHashMap<>();
    for (String name : kind.fields()) {
      if (EntryKind.isList(name)) {
        List<String> items = new ArrayList<>();
        for (int i = 1; fields.containsKey(name + "." + i); i++) {
          items.add(fields.get(name + "." + i));
        }
        grouped.put(name, items);
      } else if (fields.containsKey(name)) {
        grouped.put(name, fields.get(name));
      }
    }
    return grouped;
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

  private void write(String relative, String content) {
    replace(root.resolve(relative), content);
  }

  /** Replaces {@code file} with {@code content} by an atomic move from a sibling temporary file. */
  static void replace(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      // A sibling, so that the move stays on one file system; created with the usual permissions.
      Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new CatalogException(List.of(new Problem(ProblemKind.FILE_UNREADABLE, file.toString(), 0, 0, "",
          "cannot be written: " + e.getMessage())));
    }
  }
}

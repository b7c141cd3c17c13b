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
import org.smtpreply.catalog.internal.YamlEntrySplicer;
import org.smtpreply.catalog.problem.Problem;
import org.smtpreply.catalog.problem.ProblemKind;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.i18n.SiteLocale;

/**
 * Collects changes to one locale's files in a catalog folder (entry texts and confirmed
 * fingerprints), then writes them all or none: the new contents are validated by loading the
 * catalog as if they were written; then every new file is written beside the one it replaces
 * (prepare), and only when all are written is each moved into place (commit). If a move fails,
 * the files already moved get their old contents back (or are removed, if they were new), so a
 * failure anywhere leaves the folder as it was.
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
  private final Mover mover;

  /** Moves a written file into place; tests inject a failure here. */
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  /** A writer for {@code locale}'s files under {@code root}, which {@code catalog} was loaded from. */
  LocaleFileWriter(Path root, Catalog catalog, SiteLocale locale) {
    this(root, catalog, locale, LocaleFileWriter::replace);
  }

  /** As above, moving every file into place with {@code mover}. */
  LocaleFileWriter(Path root, Catalog catalog, SiteLocale locale, Mover mover) {
    this.mover = mover;
    this.root = root;
    this.catalog = catalog;
    this.locale = locale;
    for (CatalogEntry entry : CatalogEntry.all(catalog)) {
      catalog.confirmedFingerprint(entry.id(), locale.tag()).ifPresent(f -> fingerprints.put(entry.id(), f));
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
    writeAll(contents);
  }

  /** A file to replace: its new contents written beside it, and its old ones (null if it was new). */
  private record Change(Path file, Path temp, byte[] before) {}

  /** Prepares every file, then commits all; on a failure, restores what was there. */
  private void writeAll(Map<String, String> contents) {
    List<Change> changes = new ArrayList<>();
    Path current = root;
    try {
      for (Map.Entry<String, String> content : contents.entrySet()) {
        Path file = root.resolve(content.getKey());
        current = file;
        Files.createDirectories(file.getParent());
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
        // A sibling, so that the move stays on one file system; created with the usual permissions.
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
        changes.add(new Change(file, temp, before));
        Files.writeString(temp, content.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      changes.forEach(change -> deleteQuietly(change.temp()));
      throw cannotWrite(current, e, "nothing was written");
    }
    List<Change> moved = new ArrayList<>();
    for (Change change : changes) {
      try {
        mover.move(change.temp(), change.file());
        moved.add(change);
      } catch (IOException e) {
        changes.forEach(c -> deleteQuietly(c.temp()));
        List<Path> lost = restore(moved);
        throw cannotWrite(change.file(), e, lost.isEmpty() ? "nothing was changed"
            : "these files could not be put back and may hold the new texts: " + lost);
      }
    }
  }

  /** Puts back the old contents of {@code moved}, last first; returns the files that could not be. */
  private List<Path> restore(List<Change> moved) {
    List<Path> lost = new ArrayList<>();
    for (int i = moved.size() - 1; i >= 0; i--) {
      Change change = moved.get(i);
      try {
        if (change.before() == null) {
          Files.deleteIfExists(change.file());
        } else {
          Path temp = Files.createTempFile(change.file().getParent(), "." + change.file().getFileName() + ".", ".tmp");
          Files.write(temp, change.before());
          replace(temp, change.file());
        }
      } catch (IOException e) {
        lost.add(change.file());
      }
    }
    return lost;
  }

  private static void replace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // A hidden temporary file; it changes nothing the catalog reads.
    }
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException system && system.getReason() != null) {
      return system.getReason();
    }
    return e.getMessage() == null ? "an input or output error" : e.getMessage();
  }

  private static CatalogException cannotWrite(Path file, IOException e, String outcome) {
    return new CatalogException(List.of(new Problem(ProblemKind.FILE_UNREADABLE, file.toString(), 0, 0, "",
        "cannot be written (" + reason(e) + "); " + outcome + "; free space or fix the permissions and run again")));
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

  private static Map<String, Object> grouped(EntryKind kind, Map<String, String> fields) {
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
}

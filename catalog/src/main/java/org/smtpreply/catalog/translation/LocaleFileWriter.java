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
   * Validates and writes every change; if the result would not load, throws {@link I18nException}
   * naming the first problem, and writes nothing.
   */
  void commit() {
    Map<String, String> contents = contents();
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

  /**
   * A file to replace: its new contents written beside it ({@code temp}; null when the file is to
   * go), and its old ones (null if it was new).
   */
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
        if (content.getValue().isEmpty()) {
          changes.add(new Change(file, null, before)); // an emptied file goes
          continue;
        }
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
        if (change.temp() == null) {
          Files.deleteIfExists(change.file());
        } else {
          mover.move(change.temp(), change.file());
        }
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
    if (temp == null) {
      return;
    }
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

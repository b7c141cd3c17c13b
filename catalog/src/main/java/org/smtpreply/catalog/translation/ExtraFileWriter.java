package org.smtpreply.catalog.translation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogException;
import org.smtpreply.catalog.CatalogLoader;
import org.smtpreply.catalog.internal.Problems;
import org.smtpreply.catalog.internal.ReadFile;
import org.smtpreply.catalog.internal.TextYamlEmitter;
import org.smtpreply.catalog.internal.YamlTextSplicer;
import org.smtpreply.catalog.internal.YamlTree;
import org.smtpreply.catalog.problem.Problem;
import org.smtpreply.catalog.problem.ProblemKind;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.i18n.SiteLocale;

/**
 * Collects changes to the entries of extra catalog files (a locale's text of an entry, the
 * fingerprint it was confirmed against), then prepares them for one all-or-none write ({@link
 * FileTransaction}): the new contents are validated by loading the catalog as if they were
 * written. A text is set in the entry's {@code texts} block as in a locale's text file (only the
 * changed fields' lines change; see {@link #spliced}), and every other line of the hand-written
 * file is kept; fingerprints go to the file beside it ({@code x.fingerprints.yaml} for {@code
 * x.yaml}).
 */
final class ExtraFileWriter {
  private final Catalog catalog;
  private final List<Path> files;
  private final CatalogLoader loader;
  private final SiteLocale locale;
  private final TextYamlEmitter emitter = new TextYamlEmitter();
  private final Map<String, Map<String, String>> texts = new LinkedHashMap<>();
  private final Map<String, String> fingerprints = new LinkedHashMap<>();
  private boolean fingerprintsChanged;
  private Map<Path, String> prepared;

  /** A writer for {@code locale}'s texts in the extra {@code files} of {@code catalog}, which {@code loader} loads. */
  ExtraFileWriter(Catalog catalog, List<Path> files, CatalogLoader loader, SiteLocale locale) {
    this.catalog = catalog;
    this.files = files.stream().map(Path::toAbsolutePath).toList();
    this.loader = loader;
    this.locale = locale;
    for (CatalogEntry entry : CatalogEntry.all(catalog)) {
      if (catalog.isExtra(entry.id()) && !catalog.isAuthored(entry.id(), locale.tag())) {
        catalog.confirmedFingerprint(entry.id(), locale.tag()).ifPresent(f -> fingerprints.put(entry.id(), f));
      }
    }
  }

  /** Sets {@code entry}'s text to {@code fields} (field id to text). */
  void text(CatalogEntry entry, Map<String, String> fields) {
    texts.put(entry.id(), fields);
  }

  /** Records that {@code entry} was confirmed against source fingerprint {@code fingerprint}, or clears it. */
  void fingerprint(CatalogEntry entry, Optional<String> fingerprint) {
    if (!Optional.ofNullable(fingerprints.get(entry.id())).equals(fingerprint)) {
      fingerprintsChanged = true;
      fingerprint.ifPresentOrElse(f -> fingerprints.put(entry.id(), f), () -> fingerprints.remove(entry.id()));
    }
  }

  /**
   * Computes the new contents and loads the catalog as if they were written; if it would not load,
   * throws {@link I18nException} naming the first problem. Writes nothing.
   */
  void validate() {
    Map<Path, String> contents = new LinkedHashMap<>();
    for (Path file : files) {
      List<String> ids = idsOf(file);
      Map<String, Map<String, String>> changed = new LinkedHashMap<>();
      texts.forEach((id, fields) -> {
        if (ids.contains(id)) {
          changed.put(id, fields);
        }
      });
      if (!changed.isEmpty()) {
        contents.put(file, spliced(file, changed));
      }
      if (fingerprintsChanged && ids.stream().anyMatch(id -> fingerprints.containsKey(id) || wasRecorded(id))) {
        contents.put(CatalogLoader.fingerprintsOf(file), fingerprintsFile(file, ids));
      }
    }
    if (!contents.isEmpty()) {
      try {
        loader.withReplacedExtras(contents).load();
      } catch (CatalogException e) {
        throw FileTransaction.wouldBreak(e);
      }
    }
    prepared = contents;
  }

  /** The files {@link #prepared()} holds, as text. */
  List<String> files() {
    return prepared == null ? List.of() : prepared.keySet().stream().map(Path::toString).toList();
  }

  /** What {@link #validate()} prepared: the new content of each file, by absolute path. */
  Map<Path, String> prepared() {
    return prepared;
  }

  private boolean wasRecorded(String id) {
    return !catalog.isAuthored(id, locale.tag()) && catalog.confirmedFingerprint(id, locale.tag()).isPresent();
  }

  /** The extra entries of {@code file}, in catalog order. */
  private List<String> idsOf(Path file) {
    List<String> ids = new ArrayList<>();
    for (CatalogEntry entry : CatalogEntry.all(catalog)) {
      Optional<String> at = catalog.extraLocation(entry.id());
      if (at.isPresent() && at.get().startsWith(file + ":")) {
        ids.add(entry.id());
      }
    }
    return ids;
  }

  /**
   * {@code file} with the locale's text of each entry in {@code changed} set. An entry's {@code
   * texts} block is a map of locales to fields, the shape of a locale's text file: {@link
   * YamlTextSplicer} sets the locale's fields in it as it does there, so that a changed field
   * changes only its own lines, a new locale block goes after the ones before it in {@code
   * locales.yaml}, and every other line of the hand-written file is kept.
   */
  private String spliced(Path file, Map<String, Map<String, String>> changed) {
    String original = read(file);
    Problems problems = new Problems();
    ReadFile tree = YamlTree.read(file.toString(), original.getBytes(StandardCharsets.UTF_8), problems);
    List<String> lines = new ArrayList<>(List.of(original.split("\n", -1)));
    List<String> order = new ArrayList<>();
    order.add(catalog.locales().source().tag());
    catalog.locales().targets().forEach(target -> order.add(target.tag()));
    // Bottom up, so that the lines of the entries above keep their numbers.
    List<Integer> items = new ArrayList<>();
    for (int i = 0; i < tree.root().size(); i++) {
      if (changed.containsKey(tree.root().get(i).path("code").asText())) {
        items.add(0, i);
      }
    }
    for (int i : items) {
      String id = tree.root().get(i).path("code").asText();
      String textsPointer = "/" + i + "/texts";
      long textsKey = tree.keyPosition(textsPointer);
      long sourceKey = tree.keyPosition(textsPointer + ReadFile.step(catalog.locales().source().tag()));
      if ((sourceKey >>> 32) == (textsKey >>> 32)) {
        throw new I18nException(file + ":" + (textsKey >>> 32) + ": entry " + id + ": 'texts' is written on one line;"
            + " write it as a block (one locale per line) so that a " + locale.tag() + " text can be added");
      }
      int start = (int) (textsKey >>> 32);
      int end = blockEnd(lines, start - 1, (int) textsKey - 1);
      int column = (int) sourceKey - 1;
      StringBuilder block = new StringBuilder();
      for (String line : lines.subList(start, end)) {
        int indent = Math.min(column, line.length() - line.stripLeading().length());
        block.append(line, indent, line.length()).append('\n');
      }
      String set = YamlTextSplicer.splice(block.toString(),
          Map.of(locale.tag(), EntryFields.grouped(EntryKind.BASIC, changed.get(id))), order);
      List<String> indented = new ArrayList<>();
      for (String line : set.stripTrailing().split("\n", -1)) {
        indented.add(line.isBlank() ? "" : " ".repeat(column) + line);
      }
      lines.subList(start, end).clear();
      lines.addAll(start, indented);
    }
    return String.join("\n", lines);
  }

  /** The index after the last line of the block whose key is on line {@code start} at {@code column}. */
  private static int blockEnd(List<String> lines, int start, int column) {
    int end = start + 1;
    int last = end;
    while (end < lines.size()) {
      String line = lines.get(end);
      if (!line.isBlank()) {
        int indent = line.length() - line.stripLeading().length();
        if (indent <= column) {
          break;
        }
        last = end + 1;
      }
      end++;
    }
    return last;
  }

  private String fingerprintsFile(Path file, List<String> ids) {
    StringBuilder out = new StringBuilder()
        .append("# For each text of ").append(file.getFileName()).append(" that a translator confirmed: the fingerprint of the\n")
        .append("# ").append(catalog.locales().source().name()).append(" text it was confirmed against, by locale. Written by `smtp-reply translations\n")
        .append("# confirm --catalog` and `translations import --catalog`; not edited by hand. A text with no\n")
        .append("# fingerprint counts as written together with the ").append(catalog.locales().source().name()).append(" one.\n");
    Map<String, Map<String, String>> byLocale = new LinkedHashMap<>();
    for (SiteLocale target : catalog.locales().targets()) {
      for (String id : ids) {
        Optional<String> f = target.equals(locale) ? Optional.ofNullable(fingerprints.get(id))
            : catalog.isAuthored(id, target.tag()) ? Optional.empty() : catalog.confirmedFingerprint(id, target.tag());
        f.ifPresent(v -> byLocale.computeIfAbsent(target.tag(), t -> new LinkedHashMap<>()).put(id, v));
      }
    }
    if (byLocale.isEmpty()) {
      return out.append("{}\n").toString();
    }
    byLocale.forEach((tag, prints) -> {
      out.append(emitter.key(tag)).append(":\n");
      prints.forEach((id, f) -> out.append("  ").append(emitter.key(id)).append(": ").append(f).append('\n'));
    });
    return out.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return "";
    } catch (IOException e) {
      throw new CatalogException(List.of(new Problem(ProblemKind.FILE_UNREADABLE, file.toString(), 0, 0, "",
          "cannot be read: " + e.getMessage())));
    }
  }
}

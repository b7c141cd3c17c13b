package org.smtpreply.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the real catalog in a temporary folder, for tests that break it on purpose. */
final class CatalogFixture {
  /** The catalog data, relative to the module folder that Surefire runs in. */
  static final Path DATA = Path.of("data");

  private final Path root;

  private CatalogFixture(Path root) {
    this.root = root;
  }

  /** Copies the real catalog into {@code dir}. */
  static CatalogFixture copyInto(Path dir) {
    try (Stream<Path> files = Files.walk(DATA)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = dir.resolve(DATA.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CatalogFixture(dir);
  }

  Path root() {
    return root;
  }

  /** Replaces the first occurrence of {@code from} in {@code file}, which must contain it. */
  CatalogFixture replace(String file, String from, String to) {
    String text = read(file);
    int at = text.indexOf(from);
    if (at < 0) {
      throw new IllegalArgumentException(file + " does not contain " + from);
    }
    write(file, text.substring(0, at) + to + text.substring(at + from.length()));
    return this;
  }

  /** Replaces the first {@code from} after the first {@code anchor} in {@code file}. */
  CatalogFixture replaceAfter(String file, String anchor, String from, String to) {
    String text = read(file);
    int at = text.indexOf(from, indexOf(text, file, anchor));
    if (at < 0) {
      throw new IllegalArgumentException(file + " has no " + from + " after " + anchor);
    }
    write(file, text.substring(0, at) + to + text.substring(at + from.length()));
    return this;
  }

  /** Deletes, after the first {@code anchor}, the text from {@code from} up to {@code until}. */
  CatalogFixture deleteAfter(String file, String anchor, String from, String until) {
    String text = read(file);
    int start = text.indexOf(from, indexOf(text, file, anchor));
    int end = text.indexOf(until, start);
    write(file, text.substring(0, start) + text.substring(end));
    return this;
  }

  private static int indexOf(String text, String file, String needle) {
    int at = text.indexOf(needle);
    if (at < 0) {
      throw new IllegalArgumentException(file + " does not contain " + needle);
    }
    return at;
  }

  /** Appends {@code text} to {@code file}. */
  CatalogFixture append(String file, String text) {
    write(file, read(file) + text);
    return this;
  }

  /** The 1-based line on which {@code needle} first occurs in {@code file}. */
  int lineOf(String file, String needle) {
    String text = read(file);
    int at = text.indexOf(needle);
    if (at < 0) {
      throw new IllegalArgumentException(file + " does not contain " + needle);
    }
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  String read(String file) {
    try {
      return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(String file, String text) {
    try {
      Files.writeString(root.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

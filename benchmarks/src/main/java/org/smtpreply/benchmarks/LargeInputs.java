package org.smtpreply.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.smtpreply.fixtures.CatalogCopy;

/**
 * Large inputs for {@link LargeInputBenchmark}: a copy of the project's catalog with one text made
 * {@code megabytes} long, either as words (folded over many lines, as a long real text is) or as
 * one token without spaces (one line, which the loader refuses at its place).
 */
final class LargeInputs {
  /** The shapes of the large text. */
  enum Shape {
    /** Words of six letters, 76-column lines. */
    WORDS,
    /** One token without any space: the input that made SnakeYAML quadratic (D9). */
    TOKEN
  }

  private LargeInputs() {}

  /** Copies the project's catalog (found from the working folder upwards) into {@code dir}. */
  static Path copy(Path dir) {
    return CatalogCopy.into(dir).root();
  }

  /** A text of about {@code megabytes} MB in {@code shape}, each line after the first indented by {@code indent}. */
  static String text(Shape shape, int megabytes, String indent) {
    int length = megabytes * 1024 * 1024;
    if (shape == Shape.TOKEN) {
      return "A".repeat(length);
    }
    StringBuilder out = new StringBuilder(length + length / 10);
    int column = 0;
    for (int i = 0; out.length() < length; i++) {
      if (column > 70) {
        out.append('\n').append(indent);
        column = 0;
      } else if (i > 0) {
        out.append(' ');
      }
      out.append("lorem").append((char) ('a' + i % 26));
      column += 7;
    }
    return out.toString();
  }

  /**
   * Makes one text of 214 in {@code root}'s en/basic.yaml large: words go before its summary (a
   * folded block, so the catalog stays valid), a token replaces its title (one line, refused).
   */
  static void enlargeCatalog(Path root, Shape shape, int megabytes) {
    Path file = root.resolve("en/basic.yaml");
    String from = shape == Shape.TOKEN ? "  title: \"Help message\"\n" : "  summary: >-\n    The server's answer to HELP";
    String to = shape == Shape.TOKEN ? "  title: \"" + text(shape, megabytes, "") + "\"\n"
        : "  summary: >-\n    " + text(shape, megabytes, "    ") + "\n    The server's answer to HELP";
    try {
      String yaml = Files.readString(file, StandardCharsets.UTF_8);
      if (!yaml.contains(from)) {
        throw new IllegalStateException(file + ": no '" + from.strip() + "' to enlarge");
      }
      Files.writeString(file, yaml.replace(from, to), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

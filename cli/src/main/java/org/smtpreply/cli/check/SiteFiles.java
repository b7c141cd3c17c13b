package org.smtpreply.cli.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The files of a generated site, in a stable order. */
public final class SiteFiles {
  private final Path root;
  private final List<Path> all;

  private SiteFiles(Path root, List<Path> all) {
    this.root = root;
    this.all = all;
  }

  /**
   * Lists the site in {@code root} (a folder, or the link to one that {@code generate --out}
   * publishes); throws {@link IllegalArgumentException} if it is not a site.
   */
  public static SiteFiles of(Path root) {
    if (!Files.isRegularFile(root.resolve("index.html"))) {
      throw new IllegalArgumentException(root + ": no index.html here; give the folder that `generate --out` wrote");
    }
    try {
      Path real = root.toRealPath();
      try (Stream<Path> files = Files.walk(real)) {
        return new SiteFiles(real, files.filter(Files::isRegularFile).sorted().toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The site's folder. */
  public Path root() {
    return root;
  }

  /** Every file. */
  public List<Path> all() {
    return all;
  }

  /** Every HTML page. */
  public List<Path> html() {
    return all.stream().filter(f -> f.toString().endsWith(".html")).toList();
  }

  /** {@code file} as a path from the site root, with forward slashes. */
  public String relative(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /** The page {@code file}, parsed. */
  public Document parse(Path file) {
    try {
      return Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name(), file.toUri().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

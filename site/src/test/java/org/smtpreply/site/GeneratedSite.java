package org.smtpreply.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.smtpreply.catalog.Catalog;

/**
 * A site generated once from the built-in catalog, shared by the tests that only read it (in this
 * module and, through its test jar, in cli and check).
 */
public final class GeneratedSite {
  private static Path root;

  private GeneratedSite() {}

  /** The generated site's folder. */
  public static synchronized Path root() {
    if (root == null) {
      try {
        Path dir = Files.createTempDirectory("smtp-reply-site-test");
        root = dir.resolve("site");
        new SiteGenerator(Catalog.builtIn()).generate(SiteOptions.to(root));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root;
  }

  /** The page at {@code path}, parsed. */
  public static Document page(String path) {
    return parse(root().resolve(path));
  }

  /** The page {@code file}, parsed. */
  public static Document parse(Path file) {
    try {
      return Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name(), file.toUri().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every HTML file of the site (the folder, or the link to it that a publish makes), in a stable order. */
  public static List<Path> htmlFiles(Path site) {
    try (Stream<Path> files = Files.walk(site.toRealPath())) {
      return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

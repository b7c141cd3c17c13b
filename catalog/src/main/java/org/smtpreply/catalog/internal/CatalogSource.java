package org.smtpreply.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where the catalog's files are read from: the classpath, or a folder on disk. */
public interface CatalogSource {

  /** The file at {@code relative} (such as {@code es/basic.yaml}), or empty if it is absent. */
  Optional<Reader> open(String relative);

  /** How problems name the file at {@code relative}: a path a person can open. */
  String displayName(String relative);

  /** The catalog shipped in this artifact, under {@code org/smtpreply/catalog/data}. */
  static CatalogSource classpath() {
    return new CatalogSource() {
      @Override
      public Optional<Reader> open(String relative) {
        InputStream in =
            CatalogSource.class.getResourceAsStream("/org/smtpreply/catalog/data/" + relative);
        return Optional.ofNullable(in).map(s -> new InputStreamReader(s, StandardCharsets.UTF_8));
      }

      @Override
      public String displayName(String relative) {
        return "catalog/data/" + relative;
      }
    };
  }

  /** A catalog in a folder laid out like {@code catalog/data}. */
  static CatalogSource directory(Path root) {
    return new CatalogSource() {
      @Override
      public Optional<Reader> open(String relative) {
        try {
          return Optional.of(Files.newBufferedReader(root.resolve(relative), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
          return Optional.empty();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public String displayName(String relative) {
        return root.resolve(relative).toString();
      }
    };
  }

  /** {@code base}, except that the files in {@code replaced} read as the given text. */
  static CatalogSource overlay(CatalogSource base, Map<String, String> replaced) {
    Map<String, String> copy = Map.copyOf(replaced);
    return new CatalogSource() {
      @Override
      public Optional<Reader> open(String relative) {
        String text = copy.get(relative);
        return text != null ? Optional.of(new StringReader(text)) : base.open(relative);
      }

      @Override
      public String displayName(String relative) {
        return base.displayName(relative);
      }
    };
  }
}

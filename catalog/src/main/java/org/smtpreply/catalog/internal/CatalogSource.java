package org.smtpreply.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.smtpreply.catalog.problem.ProblemKind;
import org.smtpreply.i18n.IoProblems;

/** Where the catalog's files are read from: the classpath, or a folder on disk. */
public interface CatalogSource {

  /**
   * The bytes of the file at {@code relative} (such as {@code es/basic.yaml}), or empty if it is
   * absent; throws {@link Unreadable} when it is there but cannot be read, or is larger than
   * {@link Limits#MAX_FILE_BYTES}.
   */
  Optional<byte[]> read(String relative) throws Unreadable;

  /** How problems name the file at {@code relative}: a path a person can open. */
  String displayName(String relative);

  /** What is wrong with the source as a whole (a folder that is not one), before any file is read. */
  default Optional<String> problem() {
    return Optional.empty();
  }

  /** A file that is there but cannot be read; the message says why, in a person's words. */
  final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    private final ProblemKind kind;

    /** Why the file cannot be read, such as "is a folder, not a file". */
    public Unreadable(String why) {
      this(ProblemKind.FILE_UNREADABLE, why);
    }

    Unreadable(ProblemKind kind, String why) {
      super(why);
      this.kind = kind;
    }

    /** The kind of problem: the file unreadable, or too large. */
    public ProblemKind kind() {
      return kind;
    }
  }

  /** The catalog shipped in this artifact, under {@code org/smtpreply/catalog/data}. */
  static CatalogSource classpath() {
    return new CatalogSource() {
      @Override
      public Optional<byte[]> read(String relative) throws Unreadable {
        InputStream in = CatalogSource.class.getResourceAsStream("/org/smtpreply/catalog/data/" + relative);
        if (in == null) {
          return Optional.empty();
        }
        try (in) {
          return Optional.of(bounded(in));
        } catch (IOException e) {
          throw new Unreadable("cannot be read (" + e.getMessage() + ")");
        }
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
      public Optional<byte[]> read(String relative) throws Unreadable {
        Path file = root.resolve(relative);
        try (InputStream in = Files.newInputStream(file)) {
          return Optional.of(bounded(in));
        } catch (NoSuchFileException e) {
          if (!Files.isSymbolicLink(file)) {
            return Optional.empty();
          }
          throw new Unreadable(IoProblems.describe(file, e));
        } catch (IOException e) {
          throw new Unreadable(IoProblems.describe(file, e));
        }
      }

      @Override
      public String displayName(String relative) {
        return relative.isEmpty() ? root.toString() : root.resolve(relative).toString();
      }

      @Override
      public Optional<String> problem() {
        if (Files.isDirectory(root)) {
          return Optional.empty();
        }
        return Optional.of(Files.exists(root) ? "is a file, not a catalog folder; give a folder laid out like catalog/data"
            : "no such catalog folder; give a folder laid out like catalog/data");
      }
    };
  }

  /** {@code base}, except that the files in {@code replaced} read as the given text. */
  static CatalogSource overlay(CatalogSource base, Map<String, String> replaced) {
    Map<String, String> copy = Map.copyOf(replaced);
    return new CatalogSource() {
      @Override
      public Optional<byte[]> read(String relative) throws Unreadable {
        String text = copy.get(relative);
        return text != null ? Optional.of(text.getBytes(StandardCharsets.UTF_8)) : base.read(relative);
      }

      @Override
      public String displayName(String relative) {
        return base.displayName(relative);
      }

      @Override
      public Optional<String> problem() {
        return base.problem();
      }
    };
  }

  /**
   * Reads {@code in} to its end, refusing more than {@link Limits#MAX_FILE_BYTES}: a device or a
   * huge file is refused after that much, never read whole.
   */
  private static byte[] bounded(InputStream in) throws IOException, Unreadable {
    byte[] bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
    if (bytes.length > Limits.MAX_FILE_BYTES) {
      throw new Unreadable(ProblemKind.TOO_LARGE, "is larger than " + Limits.MAX_FILE_BYTES / (1024 * 1024)
          + " MB, the most a catalog file may hold; split it or shorten its texts");
    }
    return bytes;
  }
}

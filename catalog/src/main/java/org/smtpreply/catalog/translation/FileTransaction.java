package org.smtpreply.catalog.translation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smtpreply.catalog.CatalogException;
import org.smtpreply.catalog.problem.Problem;
import org.smtpreply.catalog.problem.ProblemKind;
import org.smtpreply.i18n.I18nException;

/**
 * Writes a set of files all or none: every new file is written beside the one it replaces
 * (prepare), and only when all are written is each moved into place (commit). If a move fails, the
 * files already moved get their old contents back (or are removed, if they were new), so a failure
 * anywhere leaves every file as it was. The translation commands put a catalog folder's files and
 * extra catalog files into one such write.
 */
final class FileTransaction {
  private FileTransaction() {}

  /** Moves a written file into place; tests inject a failure here. */
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  /** Writes every file of {@code contents} (by path; empty content removes the file), all or none. */
  static void write(Map<Path, String> contents) {
    write(contents, FileTransaction::replace);
  }

  /**
   * Validates the changes collected in a catalog folder's {@code writer} (if one) and in the extra
   * files' {@code extras}, then writes them in one transaction; returns the files written.
   */
  static List<String> commit(Optional<LocaleFileWriter> writer, ExtraFileWriter extras) {
    List<String> written = new ArrayList<>(writer.map(LocaleFileWriter::files).orElse(List.of()));
    extras.validate();
    Map<Path, String> all = new LinkedHashMap<>(writer.map(LocaleFileWriter::prepare).orElse(Map.of()));
    all.putAll(extras.prepared());
    written.addAll(extras.files());
    write(all);
    return written;
  }

  /** The one-line error for changes that would make {@code e}'s problems: nothing was written. */
  static I18nException wouldBreak(CatalogException e) {
    List<String> problems = e.problems();
    return new I18nException("nothing was written: the new texts would break the catalog: " + problems.get(0)
        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
  }

  /**
   * A file to replace: its new contents written beside it ({@code temp}; null when the file is to
   * go), and its old ones (null if it was new).
   */
  private record Change(Path file, Path temp, byte[] before) {}

  /** As {@link #write(Map)}, moving every file into place with {@code mover}. */
  static void write(Map<Path, String> contents, Mover mover) {
    List<Change> changes = new ArrayList<>();
    Path current = null;
    try {
      for (Map.Entry<Path, String> content : contents.entrySet()) {
        Path file = content.getKey();
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
  private static List<Path> restore(List<Change> moved) {
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

  static void replace(Path from, Path to) throws IOException {
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
}

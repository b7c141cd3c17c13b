package org.smtpreply.i18n;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why a file given by a user could not be read, in words a person can act on: every reader of
 * user files (catalog, locales, UI strings, XLIFF, usage index) says it the same way, and never
 * with a Java class name. The phrases name the cause only; each caller adds what to do.
 */
public final class IoProblems {
  private IoProblems() {}

  /**
   * Why {@code file} could not be read, given the {@code failure} of the attempt: "is a folder,
   * not a file", "is a symbolic link that loops", "is not readable (permission denied)", ...
   */
  public static String describe(Path file, IOException failure) {
    if (Files.isDirectory(file)) {
      return "is a folder, not a file";
    }
    if (Files.isSymbolicLink(file)) {
      try {
        file.toRealPath();
      } catch (NoSuchFileException e) {
        return "is a symbolic link to " + target(file) + ", which does not exist";
      } catch (IOException e) {
        return "is a symbolic link that loops (" + target(file) + ")";
      }
    }
    if (failure instanceof AccessDeniedException || Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isReadable(file)) {
      return "is not readable (permission denied)";
    }
    for (Path parent = file.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
      if (Files.exists(parent)) {
        if (!Files.isDirectory(parent)) {
          return "cannot exist: " + parent + " is a file, not a folder";
        }
        break;
      }
    }
    if (failure instanceof NoSuchFileException) {
      return "does not exist";
    }
    if (failure instanceof FileSystemException system && system.getReason() != null) {
      return "cannot be read (" + system.getReason() + ")";
    }
    return "cannot be read" + (failure.getMessage() == null ? "" : " (" + failure.getMessage() + ")");
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "an unreadable target";
    }
  }
}

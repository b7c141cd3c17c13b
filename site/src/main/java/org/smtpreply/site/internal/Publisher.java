package org.smtpreply.site.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.smtpreply.site.result.SiteException;

/**
 * Publishes a site atomically: pages are written to a staging folder beside the target, and
 * only a complete site replaces the previous one. A failed build leaves the previous site as it
 * was and removes its staging folder.
 */
public final class Publisher {
  private final Path out;
  private final Path staging;

  /** Prepares a staging folder beside {@code out}. */
  public Publisher(Path out) {
    this.out = out.toAbsolutePath().normalize();
    Path parent = this.out.getParent();
    try {
      Files.createDirectories(parent);
      if (Files.exists(this.out) && !Files.isDirectory(this.out)) {
        throw new SiteException(this.out + ": exists and is not a folder; choose another --out");
      }
      this.staging = Files.createTempDirectory(parent, "." + this.out.getFileName() + ".staging-");
    } catch (IOException e) {
      throw new SiteException(this.out + ": cannot write here (" + e.getMessage() + "); choose a writable --out");
    }
  }

  /** The folder to write the new site into. */
  public Path staging() {
    return staging;
  }

  /** Replaces the published site with the staged one. */
  public void publish() {
    Path old = out.resolveSibling("." + out.getFileName() + ".old");
    try {
      deleteTree(old);
      if (Files.exists(out)) {
        move(out, old);
      }
      move(staging, out);
      deleteTree(old);
    } catch (IOException e) {
      throw new SiteException(out + ": cannot publish the site (" + e.getMessage() + ")");
    }
  }

  /** Removes the staging folder; the published site is untouched. */
  public void abandon() {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      // The staging folder is hidden and replaced next time; nothing published is at risk.
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}

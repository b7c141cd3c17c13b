package org.smtpreply.site.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.smtpreply.site.result.SiteException;

/**
 * Publishes a site atomically. Pages are written to a staging folder beside the target; a complete
 * site becomes a version folder, {@code .NAME.v-ID}, and {@code --out} is a symbolic link to it,
 * replaced by one {@code rename}: at every moment {@code --out} is the old complete site or the new
 * one, whoever reads it and whenever the process dies. A failed build leaves the previous site as
 * it was and removes its staging folder.
 *
 * <p>Every run removes what killed runs left (staging folders of processes that no longer run),
 * and every publish removes versions older than the one it replaced (kept for a reader that is in
 * the middle of a page). Publishing takes a lock file, {@code .NAME.lock}, so that concurrent runs
 * publish one after the other. Where symbolic links cannot be made (Windows without the
 * privilege), {@code --out} stays a plain folder, moved aside and replaced in two renames.
 */
public final class Publisher {
  /** One lock per JVM as well: a file lock is held by a process, not by a thread. */
  private static final Object JVM_LOCK = new Object();

  private final Path out;
  private final Path parent;
  private final String name;
  private final Path staging;
  private final Consumer<String> step;

  /** Prepares a staging folder beside {@code out}, after removing those of killed runs. */
  public Publisher(Path out) {
    this(out, step -> { });
  }

  /**
   * As {@link #Publisher(Path)}, calling {@code step} with the name of each step of a publish
   * before it is taken: tests check there that {@code --out} is whole, or stop the run there as a
   * crash would.
   */
  Publisher(Path out, Consumer<String> step) {
    this.out = out.toAbsolutePath().normalize();
    this.step = step;
    this.parent = this.out.getParent();
    this.name = this.out.getFileName() == null ? "site" : this.out.getFileName().toString();
    if (parent == null) {
      throw new SiteException(this.out + ": is the root folder; choose a folder to publish the site into as --out");
    }
    try {
      Files.createDirectories(parent);
      if (Files.exists(this.out) && !Files.isDirectory(this.out)) {
        throw new SiteException(this.out + ": exists and is not a folder; choose another --out");
      }
      locked(this::removeLeftovers);
      this.staging = Files.createTempDirectory(parent, "." + name + ".staging-" + ProcessHandle.current().pid() + "-");
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
    try {
      locked(() -> {
        Optional<Path> previous = current();
        Path version = parent.resolve("." + name + ".v-" + UUID.randomUUID());
        step.accept("version");
        move(staging, version);
        if (!swapLink(version)) {
          swapFolder(version);
        }
        step.accept("clean");
        removeVersionsBut(version, previous);
      });
    } catch (IOException e) {
      throw new SiteException(out + ": cannot publish the site (" + e.getMessage() + "); check that the folder is writable");
    }
  }

  /** Removes the staging folder; the published site is untouched. */
  public void abandon() {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      // The staging folder is hidden and removed by the next run; nothing published is at risk.
    }
  }

  /**
   * Points {@code out} at {@code version} with one rename of a new link over it; false where links
   * cannot be made, or {@code out} is a plain folder still (then nothing was changed).
   */
  private boolean swapLink(Path version) throws IOException {
    if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      // A plain folder (a site published before links, or made by hand): a link cannot replace
      // it in one rename. Moved aside once; from then on --out is a link.
      migrate();
    }
    Path link = parent.resolve("." + name + ".link-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID());
    try {
      Files.createSymbolicLink(link, version.getFileName());
    } catch (UnsupportedOperationException | FileSystemException e) {
      return false;
    }
    step.accept("swap");
    try {
      Files.move(link, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(link);
      throw e;
    }
    return true;
  }

  /** Turns the plain folder {@code out} into a link to a version folder holding the same site. */
  private void migrate() throws IOException {
    Path version = parent.resolve("." + name + ".v-" + UUID.randomUUID());
    Path link = parent.resolve("." + name + ".link-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID());
    try {
      Files.createSymbolicLink(link, version.getFileName());
    } catch (UnsupportedOperationException | FileSystemException e) {
      return;
    }
    step.accept("migrate");
    move(out, version);
    Files.move(link, out, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Where links cannot be made: moves the old folder aside and the new one in. */
  private void swapFolder(Path version) throws IOException {
    Path old = parent.resolve("." + name + ".old");
    deleteTree(old);
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      move(out, old);
    }
    step.accept("swap");
    move(version, out);
    deleteTree(old);
  }

  /** The version folder {@code out} links to now, if it is a link. */
  private Optional<Path> current() throws IOException {
    if (!Files.isSymbolicLink(out)) {
      return Optional.empty();
    }
    return Optional.of(parent.resolve(Files.readSymbolicLink(out)).normalize());
  }

  /**
   * What killed runs left: staging folders and links of processes that no longer run; and where a
   * run died with {@code out} missing (between the two renames of a migration or of a plain
   * folder's swap), the site put back: the one moved aside, else the newest complete version.
   */
  private void removeLeftovers() throws IOException {
    Path old = parent.resolve("." + name + ".old");
    if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      if (Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
        move(old, out);
      } else {
        Optional<Path> newest = newestVersion();
        if (newest.isPresent()) {
          Files.createSymbolicLink(out, newest.get().getFileName());
        }
      }
    }
    String staged = "." + name + ".staging-";
    String linked = "." + name + ".link-";
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".*")) {
      for (Path sibling : siblings) {
        String file = sibling.getFileName().toString();
        String rest = file.startsWith(staged) ? file.substring(staged.length())
            : file.startsWith(linked) ? file.substring(linked.length()) : null;
        if (rest != null && !isLive(rest)) {
          deleteTree(sibling);
        }
      }
    }
  }

  /** The most recently written version folder, if any. */
  private Optional<Path> newestVersion() throws IOException {
    Path newest = null;
    try (DirectoryStream<Path> versions = Files.newDirectoryStream(parent, "." + name + ".v-*")) {
      for (Path version : versions) {
        if (newest == null || Files.getLastModifiedTime(version).compareTo(Files.getLastModifiedTime(newest)) > 0) {
          newest = version;
        }
      }
    }
    return Optional.ofNullable(newest);
  }

  /** Removes every version folder but {@code keep} and the {@code previous} one. */
  private void removeVersionsBut(Path keep, Optional<Path> previous) throws IOException {
    Set<Path> kept = new HashSet<>();
    kept.add(keep.getFileName());
    previous.ifPresent(p -> kept.add(p.getFileName()));
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".v-*")) {
      for (Path sibling : siblings) {
        if (!kept.contains(sibling.getFileName())) {
          deleteTree(sibling);
        }
      }
    }
  }

  /**
   * Whether the run that made a staging folder or link named {@code PID-ID} may still be writing
   * it: its process runs (this one included). A name without a process id is from an older
   * version of this tool, long gone.
   */
  private static boolean isLive(String rest) {
    int dash = rest.indexOf('-');
    if (dash <= 0) {
      return false;
    }
    try {
      long pid = Long.parseLong(rest.substring(0, dash));
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** An action on the folder, with this JVM's lock and the lock file held. */
  private interface Action {
    void run() throws IOException;
  }

  private void locked(Action action) throws IOException {
    synchronized (JVM_LOCK) {
      try (FileChannel channel = FileChannel.open(parent.resolve("." + name + ".lock"),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock lock = channel.lock();
        try {
          action.run();
        } finally {
          lock.release();
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes {@code root} and everything in it, symbolic links themselves and never their targets. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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

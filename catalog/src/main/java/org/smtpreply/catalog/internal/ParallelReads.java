package org.smtpreply.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.smtpreply.catalog.problem.ProblemKind;

/**
 * Reads a catalog's files on every core at once. Parsing YAML is most of the cost of loading a
 * large catalog and each file is independent, so each read runs on its own task with its own
 * problems; a read's problems join the catalog's only when its result is taken, so they come out
 * in the order the results are taken, whatever the scheduling.
 */
public final class ParallelReads implements AutoCloseable {
  private final CatalogSource source;
  private final Problems problems;
  private final ExecutorService pool;
  private final List<Future<?>> started = new ArrayList<>();

  /** Reads from {@code source}; problems are added to {@code problems} as results are taken. */
  public ParallelReads(CatalogSource source, Problems problems) {
    this.source = source;
    this.problems = problems;
    this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
      Thread thread = new Thread(task, "catalog-reader");
      // A read abandoned because an earlier file failed must not keep the JVM alive.
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Starts reading the file {@code relative} and returns how to take the result: taking it waits
   * for the read, then records its problems. Take results in the order their problems should be
   * reported. A missing file reads as empty; it is a problem when {@code required}.
   */
  public Supplier<ReadFile> start(String relative, boolean required) {
    Problems own = new Problems();
    Future<ReadFile> future = pool.submit(() -> readNow(source, relative, required, own));
    started.add(future);
    return () -> {
      ReadFile result = await(future);
      problems.addAll(own);
      return result;
    };
  }

  /** Reads the file {@code relative} of {@code source} on this thread. */
  public static ReadFile readNow(CatalogSource source, String relative, boolean required, Problems problems) {
    String file = source.displayName(relative);
    Optional<byte[]> bytes;
    try {
      bytes = source.read(relative);
    } catch (CatalogSource.Unreadable e) {
      problems.addFile(e.kind(), file, e.getMessage()
          + (e.kind() == ProblemKind.TOO_LARGE ? "" : "; the catalog needs a readable file here"));
      return YamlTree.read(file, new byte[0], problems);
    }
    if (bytes.isEmpty()) {
      if (required) {
        problems.addFile(ProblemKind.FILE_UNREADABLE, file, "file is missing; the catalog needs it");
      }
      return YamlTree.read(file, new byte[0], problems);
    }
    return YamlTree.read(file, bytes.get(), problems);
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // The same exception a read on this thread would have thrown.
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while reading the catalog");
    }
  }

  /** Drops reads whose results were not taken (an earlier problem ended the load). */
  @Override
  public void close() {
    started.forEach(future -> future.cancel(false));
    pool.shutdown();
  }
}

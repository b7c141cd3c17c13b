package org.smtpreply.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

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
   * Starts {@code read} and returns how to take its result: taking it waits for the read, then
   * records its problems. Take results in the order their problems should be reported.
   */
  public <T> Supplier<T> start(Function<YamlFiles, T> read) {
    Problems own = new Problems();
    Future<T> future = pool.submit(() -> read.apply(new YamlFiles(source, own)));
    started.add(future);
    return () -> {
      T result = await(future);
      problems.addAll(own);
      return result;
    };
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

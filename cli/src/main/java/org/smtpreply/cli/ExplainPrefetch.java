package org.smtpreply.cli;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.smtpreply.bounce.BounceReader;
import org.smtpreply.catalog.Catalog;

/**
 * The built-in catalog and a bounce reader over it, made on a second thread while picocli builds
 * its model from the annotations: in a cold start the two take about as long, so {@code explain}
 * finds its catalog read when its options are (with operands only, which picocli does not parse,
 * {@code explain} simply waits for them). Only a guess at what the command will need: a
 * command line that names a catalog of its own, or asks for help, starts nothing, and a reader made
 * for another catalog than the one {@code explain} ends up with is not used. Whatever happens here,
 * {@code explain} gets what it would have made itself, errors included ({@link Catalog#builtIn()}
 * throws on every call while the catalog is broken, so the command's own call reports it).
 */
final class ExplainPrefetch {
  /** Nothing started: {@link #reader} makes its reader on the caller's thread. */
  static final ExplainPrefetch NONE = new ExplainPrefetch(null);

  /** Options after which the built-in catalog, or any catalog, is not needed. */
  private static final List<String> NOT_NEEDED = List.of("--catalog", "-h", "--help", "-V", "--version");

  private final FutureTask<Ready> ready;

  private record Ready(Catalog catalog, BounceReader reader) {}

  private ExplainPrefetch(FutureTask<Ready> ready) {
    this.ready = ready;
  }

  /** Starts reading the built-in catalog when the command line {@code args} is an {@code explain} that uses it. */
  static ExplainPrefetch start(String[] args) {
    if (args.length == 0 || !args[0].equals("explain")) {
      return NONE;
    }
    for (int i = 1; i < args.length; i++) {
      for (String option : NOT_NEEDED) {
        if (args[i].startsWith(option)) {
          return NONE;
        }
      }
    }
    FutureTask<Ready> task = new FutureTask<>(ExplainPrefetch::builtIn);
    Thread thread = new Thread(task, "explain-prefetch");
    // Never keeps the JVM alive: a command that fails on its options exits without waiting for it.
    thread.setDaemon(true);
    thread.start();
    return new ExplainPrefetch(task);
  }

  private static Ready builtIn() {
    Catalog catalog = Catalog.builtIn();
    return new Ready(catalog, new BounceReader(catalog));
  }

  /**
   * A bounce reader over {@code catalog}: the one made ahead when it was made for this catalog,
   * else a new one (which throws {@link IllegalArgumentException} as {@link BounceReader}'s
   * constructor does).
   */
  BounceReader reader(Catalog catalog) {
    if (ready != null) {
      try {
        Ready made = ready.get();
        if (made.catalog() == catalog) {
          return made.reader();
        }
      } catch (ExecutionException e) {
        // The same failure comes again from the caller's own attempt, on its own thread.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return new BounceReader(catalog);
  }
}

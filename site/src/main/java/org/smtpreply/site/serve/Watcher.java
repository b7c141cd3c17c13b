package org.smtpreply.site.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Watches source folders (recursively) and runs a rebuild once a burst of changes settles. */
final class Watcher implements AutoCloseable {
  /** Editors write a file in several steps; wait this long after the last event. */
  private static final long SETTLE_MILLIS = 150;

  private final WatchService service;
  private final Runnable rebuild;
  private final PrintWriter log;
  private final Thread thread;

  Watcher(List<Path> folders, Runnable rebuild, PrintWriter log) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.rebuild = rebuild;
    this.log = log;
    for (Path folder : folders) {
      try (Stream<Path> dirs = Files.walk(folder)) {
        dirs.filter(Files::isDirectory).forEach(this::register);
      }
    }
    this.thread = new Thread(this::loop, "smtp-reply-watcher");
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void register(Path dir) {
    try {
      dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void loop() {
    try {
      while (true) {
        WatchKey key = service.take();
        key.pollEvents();
        key.reset();
        WatchKey more;
        while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          more.pollEvents();
          more.reset();
        }
        rebuild.run();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.println("watcher stopped: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      log.println("watcher: " + e.getMessage());
    }
    thread.interrupt();
  }
}

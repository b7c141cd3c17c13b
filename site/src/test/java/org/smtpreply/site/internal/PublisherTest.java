package org.smtpreply.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * D10: publishing renamed {@code out} away and then the staging folder in, so that between the two
 * renames there was no site at all, and a crash there left none; killed runs left staging folders
 * that nothing removed. Here every step of a publish is a place where a reader looks, or where
 * the run dies, and {@code --out} is whole each time.
 */
class PublisherTest {
  /** The pages of a small site; every one must be there, from one build. */
  private static final List<String> PAGES = List.of("index.html", "en/550/index.html", "es/550/index.html", "assets/site.css");

  @TempDir Path dir;

  /** The run dies here: nothing after it runs, not even the generator's clean-up. */
  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  private static void build(Path staging, String build) {
    for (String page : PAGES) {
      try {
        Path file = staging.resolve(page);
        Files.createDirectories(file.getParent());
        Files.writeString(file, build + " " + page, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The one build {@code out} holds whole; fails if a page is missing or pages are of two builds. */
  private static String wholeBuild(Path out) {
    List<String> builds = new ArrayList<>();
    for (String page : PAGES) {
      try {
        String text = Files.readString(out.resolve(page), StandardCharsets.UTF_8);
        builds.add(text.substring(0, text.indexOf(' ')));
      } catch (IOException e) {
        throw new AssertionError(out + " has no whole site at this moment: " + page + " (" + e + ")");
      }
    }
    assertEquals(1, builds.stream().distinct().count(), () -> "pages of two builds: " + builds);
    return builds.get(0);
  }

  private static void publish(Path out, String build, Consumer<String> step) {
    Publisher publisher = new Publisher(out, step);
    build(publisher.staging(), build);
    publisher.publish();
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void atEveryStepOfAPublishOutIsTheOldOrTheNewSiteWhole() {
    Path out = dir.resolve("site");
    publish(out, "old", step -> { });
    List<String> seen = new ArrayList<>();
    publish(out, "new", step -> seen.add(step + ":" + wholeBuild(out)));
    assertEquals(List.of("version:old", "swap:old", "clean:new"), seen);
    assertEquals("new", wholeBuild(out));
  }

  @ParameterizedTest(name = "killed before {0}")
  @ValueSource(strings = {"version", "swap", "clean"})
  void aRunKilledAtAnyStepLeavesAWholeSiteAndTheNextRunPublishes(String where) throws IOException {
    Path out = dir.resolve("site");
    publish(out, "old", step -> { });
    assertThrows(Killed.class, () -> publish(out, "new", step -> {
      if (step.equals(where)) {
        throw new Killed();
      }
    }));
    assertEquals(where.equals("clean") ? "new" : "old", wholeBuild(out));
    publish(out, "next", step -> { });
    assertEquals("next", wholeBuild(out));
    assertTrue(Files.isSymbolicLink(out), "out is a link to the published version");
    List<String> siblings = siblings();
    long versions = siblings.stream().filter(name -> name.startsWith(".site.v-")).count();
    assertTrue(versions <= 2, () -> "the current version and the one it replaced, no more: " + siblings);
  }

  @Test
  void aPlainFolderFromBeforeBecomesALinkWithTheSiteWholeBeforeAndAfter() throws IOException {
    Path out = dir.resolve("site");
    Files.createDirectories(out);
    build(out, "plain");
    List<String> seen = new ArrayList<>();
    publish(out, "new", step -> seen.add(step + ":" + wholeBuild(out)));
    assertEquals(List.of("version:plain", "migrate:plain", "swap:plain", "clean:new"), seen);
    assertTrue(Files.isSymbolicLink(out));
    assertEquals("new", wholeBuild(out));
  }

  /** A run that died between the two renames of a migration left no out: the next run puts it back. */
  @Test
  void aMissingOutIsPutBackFromTheNewestWholeVersion() throws IOException {
    Path version = dir.resolve(".site.v-left-by-a-crash");
    build(version, "crashed");
    Path out = dir.resolve("site");
    assertFalse(Files.exists(out));
    new Publisher(out).abandon();
    assertEquals("crashed", wholeBuild(out));
  }

  @Test
  void stagingFoldersOfRunsThatNoLongerRunAreRemovedByTheNextRun() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Path dead = Files.createDirectories(dir.resolve(".site.staging-" + ended.pid() + "-123"));
    build(dead, "half");
    Path older = Files.createDirectories(dir.resolve(".site.staging-987654321"));
    Path deadLink = Files.createSymbolicLink(dir.resolve(".site.link-" + ended.pid() + "-9"), Path.of("nowhere"));
    Path live = Files.createDirectories(dir.resolve(".site.staging-" + ProcessHandle.current().pid() + "-456"));
    Path out = dir.resolve("site");
    publish(out, "new", step -> { });
    assertFalse(Files.exists(dead), "a killed run's staging folder");
    assertFalse(Files.exists(older), "a staging folder of a version that did not name its process");
    assertFalse(Files.exists(deadLink, java.nio.file.LinkOption.NOFOLLOW_LINKS), "a killed run's link");
    assertTrue(Files.exists(live), "a running process's staging folder is being written");
    assertEquals("new", wholeBuild(out));
  }

  @Test
  void concurrentRunsPublishOneAfterTheOther() throws Exception {
    Path out = dir.resolve("site");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String build = "b" + i;
        runs.add(pool.submit(() -> publish(out, build, step -> wholeBuildIfThere(out))));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }
    assertTrue(wholeBuild(out).startsWith("b"));
    List<String> siblings = siblings();
    assertTrue(siblings.stream().noneMatch(name -> name.contains(".staging-") || name.contains(".link-")), siblings::toString);
    assertTrue(siblings.stream().filter(name -> name.startsWith(".site.v-")).count() <= 2, siblings::toString);
  }

  private static void wholeBuildIfThere(Path out) {
    if (Files.exists(out)) {
      wholeBuild(out);
    }
  }
}

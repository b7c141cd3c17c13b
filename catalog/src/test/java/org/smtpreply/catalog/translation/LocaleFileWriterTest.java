package org.smtpreply.catalog.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogException;
import org.smtpreply.catalog.CatalogLoader;
import org.smtpreply.fixtures.CatalogCopy;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.SiteLocale;

/**
 * D4: {@code translations import} wrote its files one after another, so a failure at the second
 * (a full disk, a permission) left the first changed. Now every file is prepared first and the
 * moves are undone if one fails: a failure injected at any step leaves every file as it was.
 */
class LocaleFileWriterTest {
  @TempDir Path dir;

  /** A writer with a changed Spanish title and a withdrawn confirmation: two files to write. */
  private LocaleFileWriter twoFiles(Path root, FileTransaction.Mover mover) {
    Locales locales = Locales.load(root);
    Catalog catalog = CatalogLoader.directory(root).withLocales(locales).load();
    SiteLocale es = locales.find("es").orElseThrow();
    LocaleFileWriter writer = new LocaleFileWriter(root, catalog, es, mover);
    CatalogEntry entry = CatalogEntry.all(catalog).get(0);
    Map<String, String> fields = new LinkedHashMap<>(EntryFields.own(catalog, entry, "es").orElseThrow());
    fields.put("title", "CAMBIO");
    writer.text(entry, fields);
    writer.confirm(CatalogEntry.all(catalog).get(1), Optional.empty());
    assertEquals(2, writer.files().size(), writer.files().toString());
    return writer;
  }

  @Test
  void aMoveThatFailsAfterAnotherSucceededPutsTheFirstFileBack() throws IOException {
    Path root = CatalogCopy.into(dir.resolve("catalog")).root();
    Map<Path, String> before = contents(root);
    AtomicInteger moves = new AtomicInteger();
    LocaleFileWriter writer = twoFiles(root, (from, to) -> {
      if (moves.incrementAndGet() == 2) {
        throw new IOException("No space left on device");
      }
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    });

    CatalogException e = assertThrows(CatalogException.class, writer::commit);
    assertEquals(2, moves.get());
    assertTrue(e.problems().get(0).contains("cannot be written (No space left on device); nothing was changed"),
        e.problems().toString());
    assertEquals(before, contents(root), "every file as it was, no temporary file left");
  }

  @Test
  void aFailureAtTheFirstMoveChangesNothing() throws IOException {
    Path root = CatalogCopy.into(dir.resolve("catalog")).root();
    Map<Path, String> before = contents(root);
    LocaleFileWriter writer = twoFiles(root, (from, to) -> {
      throw new IOException("Read-only file system");
    });

    assertThrows(CatalogException.class, writer::commit);
    assertEquals(before, contents(root));
  }

  @Test
  void withoutAFailureBothFilesAreWritten() throws IOException {
    Path root = CatalogCopy.into(dir.resolve("catalog")).root();
    Map<Path, String> before = contents(root);
    twoFiles(root, (from, to) -> Files.move(from, to, StandardCopyOption.REPLACE_EXISTING)).commit();
    Map<Path, String> after = contents(root);
    assertEquals(before.keySet(), after.keySet(), "no temporary file left");
    assertEquals(2, before.keySet().stream().filter(f -> !before.get(f).equals(after.get(f))).count());
  }

  private static Map<Path, String> contents(Path root) throws IOException {
    Map<Path, String> all = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        all.put(root.relativize(file), Files.readString(file));
      }
    }
    return all;
  }
}

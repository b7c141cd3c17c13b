package org.smtpreply.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.fixtures.CatalogCopy;

/** By default a stale translation is a one-line warning; with --strict it fails the build, naming the entry. */
class StrictModeTest {
  @TempDir Path dir;

  @Test
  void aStaleTranslationWarnsByDefaultAndFailsInStrictMode() throws IOException {
    Path data = dir.resolve("data");
    CatalogCopy.into(data).root();
    Path english = data.resolve("en/basic.yaml");
    Files.writeString(english, Files.readString(english).replaceFirst("(\"550\":\\n  title: )", "$1Changed, "));

    Path site = dir.resolve("site");
    SmtpReplyCliAccess.Run run = SmtpReplyCliAccess.run("generate", "--out", site.toString(), "--catalog-dir", data.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().matches("(?s)warning: translations: es: (\\d+) of (\\d+) translated, 0 missing, 1 stale\\R"), run.err());

    Path strictSite = dir.resolve("strict");
    run = SmtpReplyCliAccess.run("generate", "--strict", "--out", strictSite.toString(), "--catalog-dir", data.toString());
    assertEquals(1, run.code());
    assertTrue(run.err().contains("error: es/basic.yaml: entry 550 (Changed, "), run.err());
    assertFalse(Files.exists(strictSite), "nothing is published");
  }
}

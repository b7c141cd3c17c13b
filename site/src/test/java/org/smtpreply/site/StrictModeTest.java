package org.smtpreply.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.site.cli.SmtpReplyCliAccess;

/** By default a stale translation is a one-line warning; with --strict it fails the build, naming the entry. */
class StrictModeTest {
  @TempDir Path dir;

  @Test
  void aStaleTranslationWarnsByDefaultAndFailsInStrictMode() throws IOException {
    Path data = dir.resolve("data");
    ServeTest.copyCatalog(data);
    Path english = data.resolve("en/basic.yaml");
    Files.writeString(english, Files.readString(english).replaceFirst("(\"550\":\\n  title: )", "$1Changed, "));

    StringWriter err = new StringWriter();
    Path site = dir.resolve("site");
    int code = SmtpReplyCliAccess.run(new String[] {"generate", "--out", site.toString(), "--catalog-dir", data.toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertEquals(0, code, err.toString());
    assertTrue(err.toString().matches("(?s)warning: translations: es: (\\d+) of (\\d+) translated, 0 missing, 1 stale\\R"), err.toString());

    err = new StringWriter();
    Path strictSite = dir.resolve("strict");
    code = SmtpReplyCliAccess.run(new String[] {"generate", "--strict", "--out", strictSite.toString(), "--catalog-dir", data.toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertEquals(1, code);
    assertTrue(err.toString().contains("error: es/basic.yaml: entry 550 (Changed, "), err.toString());
    assertFalse(Files.exists(strictSite), "nothing is published");
  }
}

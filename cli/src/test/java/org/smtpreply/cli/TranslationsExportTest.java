package org.smtpreply.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.fixtures.CatalogCopy;
import org.smtpreply.fixtures.XliffSchema;

/** {@code translations export} as a translator runs it: a valid XLIFF 2.0 file, or none, and says which. */
class TranslationsExportTest {
  @TempDir Path dir;

  @Test
  void anExportWithEntriesWritesAFileValidAgainstTheOasisSchema() throws IOException {
    Path data = CatalogCopy.into(dir.resolve("data")).root();
    Path out = dir.resolve("es.xlf");
    SmtpReplyCliAccess.Run run = SmtpReplyCliAccess.run("translations", "export", "--catalog-dir", data.toString(),
        "--locale", "es", "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("es: exported "), run.out());
    assertEquals(List.of(), XliffSchema.problems(Files.readString(out, StandardCharsets.UTF_8)));
  }

  @Test
  void anExportWithNothingToTranslateWritesNoFileAndSaysSo() {
    Path data = CatalogCopy.into(dir.resolve("data")).root();
    Path out = dir.resolve("es.xlf");
    SmtpReplyCliAccess.Run run = SmtpReplyCliAccess.run("translations", "export", "--catalog-dir", data.toString(),
        "--locale", "es", "--only", "missing,stale", "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("es: nothing to export (no entry is missing or stale); no file written\n", run.out());
    assertFalse(Files.exists(out), "no file, rather than an XLIFF file without units, which the schema rejects");
  }
}

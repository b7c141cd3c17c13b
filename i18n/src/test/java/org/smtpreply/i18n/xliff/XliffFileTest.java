package org.smtpreply.i18n.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.i18n.I18nException;

/** The file around the XLIFF: its bytes, its encoding, its version; each refusal one located line. */
class XliffFileTest {
  private static final String HEAD = "<xliff xmlns=\"" + Xliff.NAMESPACE + "\" version=\"%s\" srcLang=\"en\" trgLang=\"es\">";

  @TempDir Path dir;

  /** D15: binary garbage printed a stray "[Fatal Error] :-1:-1: ..." line from the JDK before the error. */
  @Test
  void bytesThatAreNotUtf8AreOneLocatedErrorAndNothingElseIsPrinted() throws IOException {
    Path file = dir.resolve("garbage.xlf");
    byte[] bytes = "<xliff>\n  <file>\u00e9\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, bytes);
    PrintStream before = System.err;
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    I18nException e;
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      e = assertThrows(I18nException.class, () -> Xliff.read(file));
    } finally {
      System.setErr(before);
    }
    assertEquals(file + ":2:9: byte 0xE9 is not UTF-8; save the file as UTF-8", e.getMessage());
    assertEquals("", stderr.toString(StandardCharsets.UTF_8));
  }

  /** D12: version="2.9" was read as XLIFF 2.0, because the check was startsWith("2."). */
  @Test
  void onlyTheXliff2VersionsWhoseCoreIsReadAreAccepted() throws IOException {
    Path file = dir.resolve("v.xlf");
    Files.writeString(file, String.format(HEAD, "2.9") + "</xliff>\n");
    assertEquals(file + ":1:94: XLIFF version 2.9 is not supported; save the file as XLIFF 2.0",
        assertThrows(I18nException.class, () -> Xliff.read(file)).getMessage());
    for (String version : new String[] {"2.0", "2.1", "2.2"}) {
      Files.writeString(file, String.format(HEAD, version) + "</xliff>\n");
      assertEquals("es", Xliff.read(file).trgLang(), version);
    }
  }

  @Test
  void aFileInAnotherEncodingIsRefusedRatherThanMisread() throws IOException {
    Path file = dir.resolve("latin1.xlf");
    Files.writeString(file, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + String.format(HEAD, "2.0") + "</xliff>\n");
    assertEquals(file + ":1:1: the file says it is ISO-8859-1; save it as UTF-8 (XLIFF tools offer it)",
        assertThrows(I18nException.class, () -> Xliff.read(file)).getMessage());
  }

  @Test
  void aFolderOrAMissingFileIsNamedInWords() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("es.xlf"));
    String message = assertThrows(I18nException.class, () -> Xliff.read(folder)).getMessage();
    assertEquals(folder + ": is a folder, not a file; give the path of an exported XLIFF file", message);
    assertFalse(message.contains("Exception"), message);
    assertTrue(assertThrows(I18nException.class, () -> Xliff.read(dir.resolve("none.xlf"))).getMessage()
        .endsWith("none.xlf: no such file; give the path of an exported XLIFF file"));
  }
}

package org.smtpreply.i18n.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smtpreply.fixtures.XliffSchema;
import org.smtpreply.i18n.I18nException;

/** What the writer writes, the reader reads back unchanged; hostile and broken files are refused. */
class XliffTest {
  private static final String CHARS = "abc ñü<>&\"'\t]]>550 5.1.1 \u00a0€";

  @TempDir Path dir;

  private static String text(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
      s.append(CHARS.charAt(random.nextInt(CHARS.length())));
    }
    return s.toString();
  }

  /** Text with, now and then, a protected run. */
  private static XliffText content(Random random, int unit, int segment) {
    List<XliffText.Run> runs = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      runs.add(new XliffText.Plain(text(random)));
      if (random.nextBoolean()) {
        runs.add(new XliffText.Protected("m" + segment + "-" + i, text(random)));
      }
    }
    return new XliffText(runs);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 11, 42})
  void whatIsWrittenReadsBackEqual(long seed) throws IOException {
    Random random = new Random(seed);
    List<XliffUnit> units = new ArrayList<>();
    for (int u = 0; u < 30; u++) {
      List<XliffSegment> segments = new ArrayList<>();
      for (int s = 0; s < 1 + random.nextInt(4); s++) {
        SegmentState state = SegmentState.values()[random.nextInt(4)];
        Optional<XliffText> target = state.isConfirmed() || random.nextBoolean() ? Optional.of(content(random, u, s)) : Optional.empty();
        segments.add(new XliffSegment("f" + s, content(random, u, s), target, state));
      }
      // XML normalizes white space in attribute values; a unit's name is only a label, never imported.
      units.add(new XliffUnit("basic." + u, text(random).replace('\t', ' '), List.of(new XliffUnit.Note("status", text(random))), segments));
    }
    XliffDocument document = new XliffDocument("en", "pt-BR", "catalog", units);
    Path file = dir.resolve("x.xlf");
    Files.writeString(file, Xliff.write(document), StandardCharsets.UTF_8);
    assertEquals(document, Xliff.read(file));
    assertEquals(Xliff.write(document), Xliff.write(Xliff.read(file)));
    assertEquals(List.of(), XliffSchema.problems(Xliff.write(document)), "valid against the OASIS XLIFF 2.0 core schema");
  }

  @Test
  void theSchemaCheckFindsWhatTheStandardForbids() {
    // A file with no unit: what an empty export used to write. The tests above mean something only if this fails.
    String empty = Xliff.write(new XliffDocument("en", "es", "f", List.of()));
    assertTrue(XliffSchema.problems(empty).stream().anyMatch(p -> p.contains("cvc-complex-type.2.4.b")), empty);
  }

  @Test
  void aProtectedRunIsAnMrkThatIsNotTranslated() {
    XliffText source = new XliffText(List.of(new XliffText.Plain("Reply "), new XliffText.Protected("m1", "550"),
        new XliffText.Plain(" is hard.")));
    String xml = Xliff.write(new XliffDocument("en", "es", "f", List.of(new XliffUnit("basic.550", "550", List.of(),
        List.of(new XliffSegment("summary", source, Optional.empty(), SegmentState.INITIAL))))));
    assertTrue(xml.contains("<source>Reply <mrk id=\"m1\" translate=\"no\">550</mrk> is hard.</source>"), xml);
    assertEquals("Reply 550 is hard.", source.text());
  }

  @Test
  void aLineBreakInATranslationIsRefusedNamingUnitAndSegment() throws IOException {
    Path file = dir.resolve("break.xlf");
    Files.writeString(file, "<xliff xmlns=\"" + Xliff.NAMESPACE + "\" version=\"2.0\" srcLang=\"en\" trgLang=\"es\"><file id=\"f\">"
        + "<unit id=\"basic.550\"><segment id=\"summary\" state=\"final\"><source>A b.</source>\n"
        + "<target>Es, con\nmucho, b.</target></segment></unit></file></xliff>\n");
    I18nException e = assertThrows(I18nException.class, () -> Xliff.read(file));
    assertTrue(e.getMessage().startsWith(file + ":2:"), e.getMessage());
    assertTrue(e.getMessage().endsWith("unit 'basic.550', segment 'summary': the translation has a line break;"
        + " write it as one paragraph on one line, as the source is"), e.getMessage());
  }

  @Test
  void markupInATranslationIsRefusedNamingUnitAndSegment() throws IOException {
    Path file = dir.resolve("markup.xlf");
    Files.writeString(file, "<xliff xmlns=\"" + Xliff.NAMESPACE + "\" version=\"2.0\" srcLang=\"en\" trgLang=\"es\"><file id=\"f\">"
        + "<unit id=\"basic.550\"><segment id=\"title\" state=\"final\"><source>A</source>"
        + "<target><pc id=\"1\">B</pc></target></segment></unit></file></xliff>\n");
    I18nException e = assertThrows(I18nException.class, () -> Xliff.read(file));
    assertTrue(e.getMessage().contains("unit 'basic.550', segment 'title': <target> holds markup <pc>"), e.getMessage());
  }

  @Test
  void aDoctypeIsRefusedSoNoExternalEntityIsEverRead() throws IOException {
    Path file = dir.resolve("evil.xlf");
    Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
        + "<xliff xmlns=\"" + Xliff.NAMESPACE + "\" version=\"2.0\" srcLang=\"en\" trgLang=\"es\"><file id=\"f\">"
        + "<unit id=\"basic.550\"><segment><source>&e;</source></segment></unit></file></xliff>\n");
    I18nException e = assertThrows(I18nException.class, () -> Xliff.read(file));
    assertEquals(file + ":2:", e.getMessage().substring(0, (file + ":2:").length()), e.getMessage());
    assertEquals(true, e.getMessage().endsWith("a DOCTYPE is not allowed in an XLIFF file; remove it"), e.getMessage());
  }

  @Test
  void brokenXmlNamesLineAndColumn() throws IOException {
    Path file = dir.resolve("broken.xlf");
    Files.writeString(file, "<xliff xmlns=\"" + Xliff.NAMESPACE + "\" version=\"2.0\" srcLang=\"en\" trgLang=\"es\">\n<file id=\"f\">\n</xliff>\n");
    I18nException e = assertThrows(I18nException.class, () -> Xliff.read(file));
    assertEquals(true, e.getMessage().startsWith(file + ":3:") && e.getMessage().contains("not well-formed XML")
        && e.getMessage().endsWith("; fix the file or export it again") && !e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void anUnknownStateIsNamed() throws IOException {
    Path file = dir.resolve("state.xlf");
    Files.writeString(file, "<xliff xmlns=\"" + Xliff.NAMESPACE + "\" version=\"2.0\" srcLang=\"en\" trgLang=\"es\"><file id=\"f\">"
        + "<unit id=\"basic.550\"><segment id=\"title\" state=\"done\"><source>A</source></segment></unit></file></xliff>\n");
    I18nException e = assertThrows(I18nException.class, () -> Xliff.read(file));
    assertEquals(true, e.getMessage().endsWith("segment 'title' of unit 'basic.550' has state 'done'; use initial, translated, reviewed or final"), e.getMessage());
  }
}

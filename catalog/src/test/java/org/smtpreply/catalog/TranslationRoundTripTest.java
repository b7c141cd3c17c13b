package org.smtpreply.catalog;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smtpreply.catalog.translation.CatalogEntry;
import org.smtpreply.catalog.translation.EntryFields;
import org.smtpreply.catalog.translation.ImportReport;
import org.smtpreply.catalog.translation.LocaleStatus;
import org.smtpreply.catalog.translation.TranslationConfirm;
import org.smtpreply.catalog.translation.XliffExport;
import org.smtpreply.catalog.translation.XliffImport;
import org.smtpreply.fixtures.CatalogCopy;
import org.smtpreply.fixtures.XliffSchema;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.TranslationState;
import org.smtpreply.i18n.xliff.SegmentState;
import org.smtpreply.i18n.xliff.Xliff;
import org.smtpreply.i18n.xliff.XliffDocument;
import org.smtpreply.i18n.xliff.XliffSegment;
import org.smtpreply.i18n.xliff.XliffText;
import org.smtpreply.i18n.xliff.XliffUnit;

/**
 * Export to XLIFF, work in a translation tool, import: nothing lost, only what the translator
 * changed changes, a changed English sentence marks only its segment, bad files change nothing.
 */
class TranslationRoundTripTest {
  private static final SiteLocale ES = Locales.load().find("es").orElseThrow();
  private static final String SUMMARY_550 = "The most common hard bounce.";

  @TempDir Path dir;

  private Path data() {
    return CatalogCopy.into(dir.resolve("data")).root();
  }

  private Path export(Path root, Set<TranslationState> only) throws IOException {
    Path file = dir.resolve("es.xlf");
    String xml = Xliff.write(XliffExport.export(CatalogLoader.directory(root).load(), ES, only));
    assertEquals(List.of(), XliffSchema.problems(xml), "the export is valid against the OASIS XLIFF 2.0 core schema");
    Files.writeString(file, xml, StandardCharsets.UTF_8);
    return file;
  }

  /** What a translator does in a CAT tool to the units of {@code exported}: edits, confirms, writes the file. */
  private Path translate(XliffDocument exported, UnaryOperator<XliffSegment> edit) throws IOException {
    List<XliffUnit> units = new ArrayList<>();
    for (XliffUnit unit : exported.units()) {
      units.add(new XliffUnit(unit.id(), unit.name(), unit.notes(), unit.segments().stream().map(edit).toList()));
    }
    Path edited = dir.resolve("es-edited.xlf");
    Files.writeString(edited, Xliff.write(new XliffDocument("en", "es", exported.fileId(), units)), StandardCharsets.UTF_8);
    return edited;
  }

  private static XliffSegment retarget(XliffSegment s, String target) {
    return new XliffSegment(s.id(), s.source(), Optional.of(XliffText.of(target)), SegmentState.TRANSLATED);
  }

  @Test
  void exportThenImportChangesNoByte() throws IOException {
    Path root = data();
    Path xlf = export(root, Set.of());
    Map<String, String> before = snapshot(root);
    ImportReport report = XliffImport.apply(root, xlf, Optional.of("es"));
    assertEquals(before, snapshot(root));
    assertEquals(List.of(), report.files());
    assertEquals(0, report.changed());
  }

  @Test
  void codesAddressesAndProtocolNamesAreProtectedInSourcesAndTargets() throws IOException {
    String xml = Files.readString(export(data(), Set.of()), StandardCharsets.UTF_8).replace("&gt;", ">");
    assertTrue(xml.contains("translate=\"no\">5.1.1</mrk>"), "enhanced codes");
    assertTrue(xml.contains("translate=\"no\">&lt;john@example.com></mrk>"), "addresses");
    assertTrue(xml.contains("translate=\"no\">SPF</mrk>"), "protocol names");
    Matcher unit = Pattern.compile("(?s)<unit id=\"basic.550\".*?</unit>").matcher(xml);
    assertTrue(unit.find());
    Matcher target = Pattern.compile("<target>[^\n]*<mrk id=\"(m[0-9]+)\" translate=\"no\">550</mrk>").matcher(unit.group());
    assertTrue(target.find(), "a target's token has the id of its source's: " + unit.group());
  }

  @Test
  void aLocaleWrittenBackFromItsExportHasTheSameTextsAndRoundTripsByteForByte() throws IOException {
    Path root = data();
    Catalog original = CatalogLoader.directory(root).load();
    Path xlf = export(root, Set.of());
    String exported = Files.readString(xlf, StandardCharsets.UTF_8);
    // Start the locale from nothing, so that every text file is written by the emitter.
    Files.writeString(root.resolve("locales.yaml"), "- tag: en\n  name: English\n- tag: es\n  name: Español\n  partial: true\n");
    try (Stream<Path> files = Files.list(root.resolve("es"))) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    XliffImport.apply(root, xlf, Optional.empty());

    Catalog rewritten = CatalogLoader.directory(root).load();
    for (CatalogEntry entry : CatalogEntry.all(original)) {
      assertEquals(EntryFields.own(original, entry, "es"), EntryFields.own(rewritten, entry, "es"), entry.unitId());
    }
    assertTrue(LocaleStatus.of(rewritten, rewritten.locales().find("es").orElseThrow()).isComplete());
    assertEquals(exported, Files.readString(export(root, Set.of()), StandardCharsets.UTF_8));
    Map<String, String> before = snapshot(root);
    XliffImport.apply(root, xlf, Optional.empty());
    assertEquals(before, snapshot(root));
  }

  @Test
  void aOneWordTitleChangeIsAOneLineDiffAndNothingElseChanges() throws IOException {
    Path root = data();
    Map<String, String> before = snapshot(root);
    XliffDocument exported = Xliff.read(export(root, Set.of()));
    Path edited = translate(exported, s -> s.sourceText().equals("Mailbox unavailable or rejected by policy")
        ? retarget(s, s.targetText().orElseThrow().replace("rechazado", "denegado")) : s);

    ImportReport report = XliffImport.apply(root, edited, Optional.of("es"));

    assertEquals(List.of("es/basic.yaml"), report.files());
    assertEquals(1, report.changed());
    Map<String, String> after = snapshot(root);
    for (String file : before.keySet()) {
      if (!file.equals("es/basic.yaml")) {
        assertEquals(before.get(file), after.get(file), file);
      }
    }
    assertEquals(List.of("-  title: Buzón no disponible o rechazado por política",
        "+  title: Buzón no disponible o denegado por política"), diff(before.get("es/basic.yaml"), after.get("es/basic.yaml")));
  }

  @Test
  void whenOneEnglishSentenceChangesOnlyItsSegmentIsMarkedWithThePreviousEnglishInANote() throws IOException {
    Path root = data();
    Path english = root.resolve("en/basic.yaml");
    String sentence = SUMMARY_550;
    Files.writeString(english, Files.readString(english).replace(sentence, "By far the most common hard bounce."));
    LocaleStatus stale = LocaleStatus.of(CatalogLoader.directory(root).load(), ES);
    assertEquals(List.of("550"), stale.in(TranslationState.STALE).stream().map(e -> e.entry().id()).toList());
    assertEquals(Set.of("summary"), stale.in(TranslationState.STALE).get(0).stale().keySet());
    assertTrue(stale.problems().get(0).endsWith("): stale: not confirmed against the current source text of summary"),
        stale.problems().toString());

    XliffDocument exported = Xliff.read(export(root, Set.of(TranslationState.STALE)));
    assertEquals(List.of("basic.550"), exported.units().stream().map(XliffUnit::id).toList());
    XliffUnit unit = exported.units().get(0);
    for (XliffSegment segment : unit.segments()) {
      assertEquals(segment.id().equals("summary") ? SegmentState.INITIAL : SegmentState.FINAL, segment.state(), segment.id());
      assertTrue(segment.target().isPresent(), segment.id());
    }
    assertTrue(unit.notes().stream().anyMatch(n -> n.category().equals("previous-source")
        && n.text().startsWith("summary, before the change: " + sentence)), unit.notes().toString());

    // The translator reviews the one segment, edits it, and confirms it.
    Map<String, String> before = snapshot(root);
    Path edited = translate(exported, s -> s.id().equals("summary")
        ? retarget(s, s.targetText().orElseThrow().replace("Es el rebote permanente más frecuente.", "Es, con diferencia, el rebote permanente más frecuente.")) : s);
    ImportReport report = XliffImport.apply(root, edited, Optional.of("es"));

    assertEquals(List.of("es/basic.yaml", "es/confirmed.yaml"), report.files());
    assertTrue(LocaleStatus.of(CatalogLoader.directory(root).load(), ES).isComplete());
    Map<String, String> after = snapshot(root);
    List<String> confirmedDiff = diff(before.get("es/confirmed.yaml"), after.get("es/confirmed.yaml"));
    assertTrue(confirmedDiff.stream().allMatch(l -> l.contains("most common hard bounce") || l.startsWith("-    ")
        || l.startsWith("+    ")), "only the summary's confirmation changes: " + confirmedDiff);
  }

  @Test
  void confirmingAStaleTextAsItIsClearsItsMark() throws IOException {
    Path root = data();
    Path english = root.resolve("en/basic.yaml");
    Files.writeString(english, Files.readString(english).replaceFirst("(\"550\":\n  title: )", "$1Changed, "));
    assertEquals(1, TranslationConfirm.confirm(root, "es", List.of("550")));
    assertTrue(LocaleStatus.of(CatalogLoader.directory(root).load(), ES).isComplete());
    assertEquals(0, TranslationConfirm.confirm(root, "es", List.of()));
  }

  @Test
  void aCatalogConfirmedTheOldWayIsReadAndConvertedByTheNextConfirmation() throws IOException {
    Path root = data();
    Catalog catalog = CatalogLoader.directory(root).load();
    // The fingerprints.yaml that catalogs wrote before confirmations were kept per field.
    StringBuilder legacy = new StringBuilder("# For each Español (es) text: the fingerprint of the English text\n");
    for (CatalogEntry entry : CatalogEntry.all(catalog)) {
      legacy.append('"').append(entry.id()).append("\": ")
          .append(org.smtpreply.i18n.Fingerprint.of(EntryFields.source(catalog, entry))).append('\n');
    }
    Files.delete(root.resolve("es/confirmed.yaml"));
    Files.writeString(root.resolve("es/fingerprints.yaml"), legacy.toString());
    Path english = root.resolve("en/basic.yaml");
    Files.writeString(english, Files.readString(english).replace(SUMMARY_550, "By far the most common hard bounce."));

    LocaleStatus status = LocaleStatus.of(CatalogLoader.directory(root).load(), ES);
    assertEquals(List.of("550"), status.in(TranslationState.STALE).stream().map(e -> e.entry().id()).toList());
    assertTrue(status.in(TranslationState.STALE).get(0).stale().containsKey("title"), "an old entry is stale as a whole");

    assertEquals(1, TranslationConfirm.confirm(root, "es", List.of("550")));
    assertFalse(Files.exists(root.resolve("es/fingerprints.yaml")), "the old file goes once everything moved");
    assertTrue(LocaleStatus.of(CatalogLoader.directory(root).load(), ES).isComplete());
    List<String> changed = diff(Files.readString(CatalogCopy.DATA.resolve("es/confirmed.yaml")),
        Files.readString(root.resolve("es/confirmed.yaml")));
    assertTrue(changed.contains("+    By far the most common hard bounce. The server refused the recipient, the"), changed.toString());
    assertTrue(changed.stream().allMatch(l -> l.startsWith("-    ") || l.startsWith("+    ")),
        "the file is what confirming field by field writes, but for the changed summary: " + changed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      another target language   | trgLang="es"                               | trgLang="fr"                                 | its target language 'fr' is not a translated locale
      another source language   | srcLang="en"                               | srcLang="de"                                 | its source language is 'de'
      an unknown unit           | id="basic.550"                             | id="basic.599"                               | unit 'basic.599' is not an entry of this catalog
      an unknown segment        | <segment id="retry" state="final">         | <segment id="advice" state="final">          | segment 'advice', which is not a field
      broken XML                | </file>                                    | </fil>                                       | not well-formed XML
      an external entity        | <xliff                                     | <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff | DOCTYPE is not allowed
      a confirmed empty segment | FIRST_TARGET                               |                                              | is marked final but has no translation
      a text the catalog rejects| FIRST_TARGET                               | <target> </target>                           | nothing was written: the new texts would break the catalog
      XLIFF 1.2                 | urn:oasis:names:tc:xliff:document:2.0      | urn:oasis:names:tc:xliff:document:1.2        | this is not an XLIFF 2 file
      a line break              | Buzón no disponible o rechazado por política</target> | Buzón no disponible&#10;o rechazado por política</target> | unit 'basic.550', segment 'title': the translation has a line break
      markup                    | Buzón no disponible o rechazado por política</target> | Buzón no &lt;b&gt;disponible&lt;/b&gt; o rechazado por política</target> | unit 'basic.550', segment 'title': the translation holds markup '<b>'
      a dropped code            | <target><mrk id="m4" translate="no">5.1.1</mrk> indica que el buzón no existe. | <target>Indica que el buzón no existe. | segment 'permanent': the translation drops '5.1.1'
      a changed code            | translate="no">5.1.1</mrk> indica que el buzón no existe. | translate="no">5.1.2</mrk> indica que el buzón no existe. | segment 'permanent': the translation changes '5.1.1' to '5.1.2'
      a dropped address         | como <mrk id="m5" translate="no">&lt;jhon@example.com></mrk> | como &lt;jaun@example.com> | segment 'causes.1': the translation drops '<jhon@example.com>'
      """)
  void aForeignOrBrokenFileIsRefusedWithOneLineAndChangesNothing(String what, String from, String to, String message)
      throws IOException {
    Path root = data();
    Path xlf = export(root, Set.of());
    // Whether '>' is escaped in text depends on the XML library; both are the same XML.
    String text = Files.readString(xlf, StandardCharsets.UTF_8).replace("&gt;", ">");
    String replaced = from;
    if (from.equals("FIRST_TARGET")) {
      Matcher target = Pattern.compile("<target>[^<]*</target>").matcher(text);
      assertTrue(target.find());
      replaced = target.group();
    }
    assertTrue(text.contains(replaced), what + ": " + replaced);
    Files.writeString(xlf, text.replaceFirst(Pattern.quote(replaced), Matcher.quoteReplacement(to == null ? "" : to)));
    Map<String, String> before = snapshot(root);

    I18nException e = assertThrows(I18nException.class, () -> XliffImport.apply(root, xlf, Optional.empty()));

    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertTrue(e.getMessage().startsWith(xlf.toString()) || e.getMessage().startsWith("nothing was written"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertEquals(before, snapshot(root));
  }

  @Test
  void aFileForAnotherLocaleIsRefused() throws IOException {
    Path root = data();
    Path xlf = export(root, Set.of());
    I18nException e = assertThrows(I18nException.class, () -> XliffImport.apply(root, xlf, Optional.of("pt-BR")));
    assertEquals(xlf + ": this file is for 'es', not 'pt-BR'; import the pt-BR file, or leave out --locale", e.getMessage());
  }

  /** The lines a unified diff shows as removed (-) and added (+) between two texts that differ in one place. */
  static List<String> diff(String before, String after) {
    List<String> a = List.of(before.split("\n", -1));
    List<String> b = List.of(after.split("\n", -1));
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<String> lines = new ArrayList<>();
    a.subList(head, a.size() - tail).forEach(l -> lines.add("-" + l));
    b.subList(head, b.size() - tail).forEach(l -> lines.add("+" + l));
    return lines;
  }

  private static Map<String, String> snapshot(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}

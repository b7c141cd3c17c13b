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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
import org.smtpreply.i18n.I18nException;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.TranslationState;
import org.smtpreply.i18n.xliff.SegmentState;
import org.smtpreply.i18n.xliff.Xliff;
import org.smtpreply.i18n.xliff.XliffDocument;
import org.smtpreply.i18n.xliff.XliffSegment;
import org.smtpreply.i18n.xliff.XliffUnit;

/** Export to XLIFF, work in a translation tool, import: nothing lost, edits land, bad files change nothing. */
class TranslationRoundTripTest {
  private static final SiteLocale ES = Locales.load().find("es").orElseThrow();

  @TempDir Path dir;

  private Path data() {
    return CatalogCopy.into(dir.resolve("data")).root();
  }

  private Path export(Path root, Set<TranslationState> only) throws IOException {
    Path file = dir.resolve("es.xlf");
    Files.writeString(file, Xliff.write(XliffExport.export(CatalogLoader.directory(root).load(), ES, only)), StandardCharsets.UTF_8);
    return file;
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
  void aLocaleWrittenBackFromItsExportHasTheSameTextsAndRoundTripsByteForByte() throws IOException {
    Path root = data();
    Catalog original = CatalogLoader.directory(root).load();
    Path xlf = export(root, Set.of());
    String exported = Files.readString(xlf, StandardCharsets.UTF_8);
    // Start the locale from nothing, so that every text file is written by the emitter.
    Files.writeString(root.resolve("locales.yaml"), "- tag: en\n  name: English\n- tag: es\n  name: Español\n  partial: true\n");
    for (String file : List.of("basic.yaml", "enhanced.yaml", "guides.yaml", "fingerprints.yaml")) {
      Files.delete(root.resolve("es").resolve(file));
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
  void anEditedTranslationLandsInTheCatalogAndClearsItsStaleMark() throws IOException {
    Path root = data();
    Path english = root.resolve("en/basic.yaml");
    Files.writeString(english, Files.readString(english).replaceFirst("(\"550\":\n  title: )", "$1Changed, "));
    LocaleStatus stale = LocaleStatus.of(CatalogLoader.directory(root).load(), ES);
    assertEquals(List.of("550"), stale.in(TranslationState.STALE).stream().map(e -> e.entry().id()).toList());
    assertTrue(stale.problems().get(0).matches("es/basic\\.yaml: entry 550 \\(Changed, .*\\): stale: not confirmed against the current source text"),
        stale.problems().toString());

    XliffDocument exported = Xliff.read(export(root, Set.of(TranslationState.STALE)));
    assertEquals(List.of("basic.550"), exported.units().stream().map(XliffUnit::id).toList());
    assertTrue(exported.units().get(0).segments().stream().allMatch(s -> s.state() == SegmentState.INITIAL && s.target().isPresent()));
    // What a translator does in a CAT tool: edit the title, confirm every segment.
    XliffUnit unit = exported.units().get(0);
    List<XliffSegment> confirmed = unit.segments().stream()
        .map(s -> new XliffSegment(s.id(), s.sourceText(),
            s.id().equals("title") ? Optional.of("Buzón no disponible o rechazado") : s.targetText(), SegmentState.TRANSLATED))
        .toList();
    Path edited = dir.resolve("es-edited.xlf");
    Files.writeString(edited, Xliff.write(new XliffDocument("en", "es", exported.fileId(),
        List.of(new XliffUnit(unit.id(), unit.name(), unit.notes(), confirmed)))), StandardCharsets.UTF_8);
    String basicBefore = Files.readString(root.resolve("es/basic.yaml"));

    ImportReport report = XliffImport.apply(root, edited, Optional.of("es"));

    assertEquals(List.of("es/basic.yaml", "es/fingerprints.yaml"), report.files());
    Catalog after = CatalogLoader.directory(root).load();
    assertEquals("Buzón no disponible o rechazado", after.text(after.basic(550).orElseThrow(), "es").value().title());
    assertTrue(LocaleStatus.of(after, ES).isComplete());
    String basicAfter = Files.readString(root.resolve("es/basic.yaml"));
    int start = basicBefore.indexOf("\"550\":");
    int next = basicBefore.indexOf("\n\"551\":");
    assertEquals(basicBefore.substring(0, start), basicAfter.substring(0, start), "entries before 550 are untouched");
    assertTrue(basicAfter.endsWith(basicBefore.substring(next)), "entries after 550 are untouched");
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
      """)
  void aForeignOrBrokenFileIsRefusedWithOneLineAndChangesNothing(String what, String from, String to, String message)
      throws IOException {
    Path root = data();
    Path xlf = export(root, Set.of());
    String text = Files.readString(xlf, StandardCharsets.UTF_8);
    String replaced = from;
    if (from.equals("FIRST_TARGET")) {
      Matcher target = Pattern.compile("<target>[^<]*</target>").matcher(text);
      assertTrue(target.find());
      replaced = target.group();
    }
    assertTrue(text.contains(replaced), what);
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

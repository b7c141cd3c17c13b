package org.smtpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smtpreply.catalog.problem.ProblemKind;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.catalog.translation.CatalogEntry;
import org.smtpreply.catalog.translation.EntryFields;
import org.smtpreply.catalog.translation.EntryKind;
import org.smtpreply.catalog.translation.LocaleStatus;
import org.smtpreply.fixtures.CatalogCopy;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.TranslationState;

/** Translated, missing and stale per locale and entry; partial locales may miss texts, others may not. */
class TranslationStatusTest {
  private static final String PARTIAL_ES = "- tag: en\n  name: English\n- tag: es\n  name: Español\n  partial: true\n";

  @TempDir Path dir;

  @Test
  void everyLocaleOfTheBuiltInCatalogIsFullyTranslated() {
    Catalog catalog = Catalog.builtIn();
    int replies = catalog.providers().stream().mapToInt(p -> p.replies().size()).sum();
    int entries = catalog.basicCodes().size() + catalog.enhancedCodes().size() + catalog.guideIds().size()
        + catalog.reasons().size() + catalog.providers().size() + replies;
    for (SiteLocale locale : catalog.locales().targets()) {
      LocaleStatus status = LocaleStatus.of(catalog, locale);
      assertEquals(List.of(), status.problems());
      assertEquals(locale.tag() + ": " + entries + " of " + entries + " translated, 0 missing, 0 stale", status.summary());
    }
  }

  @Test
  void aPartialLocaleMayMissTextsAndTheyAreCountedAsMissing() throws IOException {
    CatalogCopy fixture = CatalogCopy.into(dir);
    Files.writeString(fixture.root().resolve("locales.yaml"), PARTIAL_ES);
    fixture.deleteAfter("es/basic.yaml", "\"550\":", "\"550\":", "\"551\":");
    Files.delete(fixture.root().resolve("es/guides.yaml"));
    Catalog catalog = CatalogLoader.directory(fixture.root()).load();
    LocaleStatus status = LocaleStatus.of(catalog, catalog.locales().find("es").orElseThrow());
    List<String> missing = status.in(TranslationState.MISSING).stream().map(e -> e.entry().unitId()).toList();
    List<String> expected = new ArrayList<>(List.of("basic.550"));
    catalog.guideIds().forEach(id -> expected.add("guides." + id));
    assertEquals(expected, missing);
    assertEquals(0, status.count(TranslationState.STALE));
    assertEquals("en", catalog.text(catalog.basic(550).orElseThrow(), "es").language());
  }

  @Test
  void aLocaleThatIsNotPartialMustHaveEveryText() {
    CatalogCopy fixture = CatalogCopy.into(dir).deleteAfter("es/basic.yaml", "\"550\":", "\"550\":", "\"551\":");
    CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.directory(fixture.root()).load());
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertTrue(e.problems().get(0).contains("entry 550: has no Español text in") && e.problems().get(0).endsWith(
        "write it there, or mark the locale partial: true in locales.yaml"), e.problems().get(0));
  }

  @Test
  void aTextWithoutAConfirmationIsStale() throws IOException {
    CatalogCopy fixture = CatalogCopy.into(dir).deleteAfter("es/confirmed.yaml", "\"550\":", "\"550\":", "\"551\":");
    Catalog catalog = CatalogLoader.directory(fixture.root()).load();
    LocaleStatus status = LocaleStatus.of(catalog, catalog.locales().find("es").orElseThrow());
    assertEquals(List.of(new CatalogEntry(EntryKind.BASIC, "550")),
        status.in(TranslationState.STALE).stream().map(s -> s.entry()).toList());
    assertEquals(EntryFields.source(catalog, new CatalogEntry(EntryKind.BASIC, "550")).keySet(),
        status.in(TranslationState.STALE).get(0).stale().keySet(), "with nothing confirmed, every field is to review");
  }

  @Test
  void aConfirmationForNoEntryIsACatalogProblem() {
    CatalogCopy fixture = CatalogCopy.into(dir).replace("es/confirmed.yaml", "\"550\":", "\"599\":");
    CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.directory(fixture.root()).load());
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertTrue(e.problems().get(0).contains("entry 599: no such entry in the catalog"), e.problems().get(0));
    assertEquals(ProblemKind.BAD_FINGERPRINT, e.details().get(0).kind());
  }

  @Test
  void aMalformedConfirmationIsACatalogProblem() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replaceAfter("es/confirmed.yaml", "\"551\":", "  title: User not local", "  title:\n    text: User not local");
    CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.directory(fixture.root()).load());
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertTrue(e.problems().get(0).endsWith("entry 551: field 'title' has the wrong kind of value; expected text or a list"), e.problems().get(0));
  }

  @Test
  void aMalformedFingerprintOfAnOlderCatalogIsACatalogProblem() throws IOException {
    CatalogCopy fixture = CatalogCopy.into(dir);
    Files.writeString(fixture.root().resolve("es/fingerprints.yaml"), "\"551\": zz\n");
    CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.directory(fixture.root()).load());
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertTrue(e.problems().get(0).contains("entry 551: a fingerprint is 12 hex digits"), e.problems().get(0));
  }
}

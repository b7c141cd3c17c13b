package org.smtpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smtpreply.core.BounceKind;
import org.smtpreply.core.ReplyClass;

/** The shipped catalog: what it holds and what readers get from it. */
class BuiltInCatalogTest {
  private final Catalog catalog = Catalog.builtIn();

  /** The 22 codes of the Cisco ESA FAQ that the project started from. */
  @ParameterizedTest
  @ValueSource(ints = {211, 214, 220, 221, 250, 251, 354, 421, 450, 451, 452, 453, 500, 501, 502,
      503, 504, 550, 551, 552, 553, 554})
  void holdsEverySeedCodeInBothLanguages(int code) {
    ReplyCode reply = catalog.basic(code).orElseThrow();
    Localized<EntryText> en = catalog.text(reply, "en");
    Localized<EntryText> es = catalog.text(reply, "es");
    assertEquals("en", en.language());
    assertEquals("es", es.language());
    assertNotEquals(en.value().title(), es.value().title(), "Spanish title of " + code + " is English");
  }

  @Test
  void spanish550IsAboutTheMailbox() {
    EntryText es = catalog.text(catalog.basic(550).orElseThrow(), "es").value();
    assertTrue(es.title().toLowerCase().contains("buzón"), es.title());
  }

  @Test
  void classAndBounceComeFromTheFirstDigit() {
    assertEquals(BounceKind.HARD, catalog.basic(550).orElseThrow().bounce());
    assertEquals(BounceKind.SOFT, catalog.basic(421).orElseThrow().bounce());
    assertEquals(BounceKind.NONE, catalog.basic(250).orElseThrow().bounce());
    assertEquals(ReplyClass.POSITIVE_INTERMEDIATE, catalog.basic(354).orElseThrow().replyClass());
  }

  @Test
  void code453IsMarkedNonStandardWithItsOrigin() {
    ReplyCode code = catalog.basic(453).orElseThrow();
    assertFalse(code.isStandard());
    String english = catalog.text(code, "en").value().origin().orElseThrow();
    String spanish = catalog.text(code, "es").value().origin().orElseThrow();
    assertTrue(english.contains("Cisco"), english);
    assertTrue(spanish.startsWith("Una FAQ de Cisco"), "the origin is translated like any text: " + spanish);
    assertTrue(catalog.basicCodes().stream().filter(c -> !c.isStandard())
        .allMatch(c -> catalog.text(c, "es").value().origin().isPresent() && !catalog.text(c, "es").isFallbackFor("es")),
        "every non-standard code has its origin in Spanish");
  }

  @Test
  void enhancedCodesAreFoundInEitherClassForm() {
    EnhancedCode mailboxFull = catalog.enhanced("5.2.2").orElseThrow();
    assertEquals("X.2.2", mailboxFull.code());
    assertEquals(catalog.enhanced("4.2.2"), catalog.enhanced("X.2.2"));
    assertTrue(catalog.enhanced("5.9.9").isEmpty());
    assertTrue(catalog.enhanced("3.1.1").isEmpty(), "no enhanced code of class 3");
    assertTrue(catalog.enhanced("5.1").isEmpty() && catalog.enhanced(null).isEmpty());
    assertEquals(List.of(4, 5), mailboxFull.classes());
  }

  @Test
  void regionalLocaleFallsBackToItsLanguage() {
    Localized<EntryText> text = catalog.text(catalog.basic(550).orElseThrow(), "es-MX");
    assertEquals("es", text.language());
    assertTrue(text.isFallbackFor("es-MX"));
  }

  @Test
  void loadingTwiceGivesEqualCatalogs() {
    Catalog again = CatalogLoader.builtIn().load();
    assertEquals(catalog, again);
    assertEquals(catalog.hashCode(), again.hashCode());
  }

  @Test
  void printsItsFigures() {
    // Counts in the open: the build log shows what the catalog holds; CatalogFiguresTest checks
    // the counts against the RFCs and the registry.
    String line = CatalogFigures.of(catalog).describe();
    System.out.println(line);
    assertTrue(line.startsWith("catalog: " + catalog.basicCodes().size() + " basic codes ("), line);
    assertTrue(line.contains("es 100.0%"), line);
  }
}

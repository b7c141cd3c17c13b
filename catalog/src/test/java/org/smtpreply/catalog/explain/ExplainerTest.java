package org.smtpreply.catalog.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.core.BounceKind;
import org.smtpreply.core.ReplyParseException;
import org.smtpreply.core.ReplyParser;
import org.smtpreply.core.Subject;

/** Explanations come from the catalog in the asked locale, or from the digits for unknown codes. */
class ExplainerTest {
  private static final Catalog CATALOG = Catalog.builtIn();
  private static final Explainer EXPLAINER = new Explainer(CATALOG);

  private static Explanation explain(String reply, String tag) throws ReplyParseException {
    return EXPLAINER.explain(ReplyParser.parse(reply), tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es"})
  void aKnownReplyIsExplainedWithTheCatalogsTextsInTheLocale(String tag) throws ReplyParseException {
    Explanation e = explain("550 5.1.1 <bob@example.com>: Recipient address rejected", tag);
    ReplyCode code550 = CATALOG.basic(550).orElseThrow();
    EnhancedCode x11 = CATALOG.enhanced("5.1.1").orElseThrow();
    assertEquals(BounceKind.HARD, e.bounce());
    assertEquals(Subject.ADDRESSING, e.subject());
    Explanation.Part basic = e.basic().orElseThrow();
    assertTrue(basic.inCatalog());
    assertEquals(CATALOG.text(code550, tag).value().title(), basic.title());
    assertEquals(tag, basic.language());
    Explanation.Part enhanced = e.enhanced().orElseThrow();
    assertEquals(CATALOG.text(x11, tag).value().permanentForm().orElseThrow(), enhanced.meaning());
    assertEquals(CATALOG.guide("class-5xx", tag).value().title(), e.classGuide().value().title());
    assertEquals(CATALOG.text(x11, tag).value().sender(), e.advice().orElseThrow().sender());
    assertEquals(List.of(), e.fallbackLanguages());
  }

  @Test
  void theSpanishAndEnglishExplanationsDiffer() throws ReplyParseException {
    String reply = "452 4.2.2 Mailbox full";
    Explanation en = explain(reply, "en");
    Explanation es = explain(reply, "es");
    assertFalse(en.enhanced().orElseThrow().meaning().equals(es.enhanced().orElseThrow().meaning()));
    assertEquals(CATALOG.text(CATALOG.enhanced("4.2.2").orElseThrow(), "en").value().transientForm().orElseThrow(),
        en.enhanced().orElseThrow().meaning());
  }

  @Test
  void aRegionalLocaleFallsBackToItsLanguage() throws ReplyParseException {
    Explanation e = explain("550 5.1.1 User unknown", "es-MX");
    assertEquals("es", e.basic().orElseThrow().language());
    assertEquals(List.of("es"), e.fallbackLanguages());
  }

  @Test
  void unknownCodesAreExplainedFromTheirClassAndSubjectDigits() throws ReplyParseException {
    Explanation e = explain("559 5.1.99 Not a registered detail", "es");
    Explanation.Part basic = e.basic().orElseThrow();
    assertFalse(basic.inCatalog());
    assertEquals(CATALOG.guide("class-5xx", "es").value().title(), basic.title());
    Explanation.Part enhanced = e.enhanced().orElseThrow();
    assertFalse(enhanced.inCatalog());
    assertEquals(CATALOG.guide("subject-1", "es").value().title(), enhanced.title());
    assertTrue(enhanced.meaning().startsWith(CATALOG.guide("enhanced-5", "es").value().summary()));
    assertTrue(e.advice().isEmpty());
  }

  @Test
  void anUnassignedSubjectIsExplainedAsOtherOrUndefined() throws ReplyParseException {
    Explanation e = explain("450 4.9.1 Vendor specific", "en");
    assertEquals(Subject.OTHER, e.subject());
    assertEquals(CATALOG.guide("subject-0", "en").value().title(), e.enhanced().orElseThrow().title());
    assertTrue(e.basic().orElseThrow().inCatalog());
  }

  @Test
  void aBareEnhancedCodeHasNoReplyCodePart() throws ReplyParseException {
    Explanation e = explain("5.7.1 Delivery not authorized", "en");
    assertTrue(e.basic().isEmpty());
    assertEquals("5.7.1", e.enhanced().orElseThrow().code());
    assertEquals(BounceKind.HARD, e.bounce());
  }
}

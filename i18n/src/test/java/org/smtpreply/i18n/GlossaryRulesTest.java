package org.smtpreply.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the glossary check accepts and what it reports, on small texts. */
class GlossaryRulesTest {
  private final Glossary spanish = Glossary.load("es");

  @Test
  void theSpanishGlossaryHoldsTheHouseTerms() {
    List<String> english = spanish.terms().stream().map(GlossaryTerm::english).toList();
    assertTrue(english.containsAll(List.of("bounce", "soft bounce", "hard bounce", "mailbox", "recipient",
        "address", "relay", "retry", "quota exceeded", "non-delivery report", "delivery status notification",
        "greylisting")), english::toString);
  }

  @Test
  void aTermInTheSourceCallsForTheRequiredTerm() {
    assertEquals(List.of(), spanish.check("The mailbox is full.", "El buzón está lleno."));
    List<String> problems = spanish.check("The mailbox is full.", "La bandeja está llena.");
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).contains("'mailbox'") && problems.get(0).contains("'buzón'"), problems.get(0));
  }

  @Test
  void namesAndHeaderFieldsCiteTheEnglishAndCallForNoTerm() {
    // A status name joined by dots and a header field name are quoted, not translated.
    assertEquals(List.of(), spanish.check("Microsoft answers RESOLVER.ADR.RecipNotFound.",
        "Microsoft responde RESOLVER.ADR.RecipNotFound."));
    assertEquals(List.of(), spanish.check("A component token such as RESOLVER or STOREDRV.",
        "Un identificador de componente como RESOLVER o STOREDRV."));
    assertEquals(List.of(), spanish.check("The message or its Subject: header is too large.",
        "El mensaje o su encabezado Subject: es demasiado grande."));
    assertEquals(1, spanish.check("The DNS resolver failed.", "El DNS falló.").size(), "a word on its own still counts");
  }

  @Test
  void formsWithEndingsCount() {
    assertEquals(List.of(), spanish.check("The server relays it to the recipients.",
        "El servidor lo retransmite a los destinatarios."));
  }

  @Test
  void forbiddenRenderingsAreReportedWithTheWord() {
    List<String> problems = spanish.check("", "Se produjo una despedida y el beneficiario no lo recibió.");
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("'despedida' is a forbidden rendering of 'bounce'"), problems.get(0));
    assertTrue(problems.get(1).startsWith("'beneficiario' is a forbidden rendering of 'recipient'"), problems.get(1));
  }

  @Test
  void anAsideIsAllowedOnlyInParentheses() {
    assertEquals(List.of(), spanish.check("A soft bounce.", "Un rebote temporal (rebote suave)."));
    List<String> problems = spanish.check("A soft bounce.", "Un rebote suave, es decir, un rebote temporal.");
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).contains("'rebote suave' may only follow 'rebote temporal' in parentheses"),
        problems.get(0));
  }

  @Test
  void quotedReplyTextDoesNotCallForATerm() {
    assertEquals(List.of(), spanish.check("Postfix answers \"Relay access denied\".",
        "Postfix responde \"Relay access denied\"."));
  }

  @Test
  void wordsMatchWholeAndHyphenatedNamesAreOneWord() {
    assertEquals(List.of(), spanish.check("Require-Recipient-Valid-Since", "Require-Recipient-Valid-Since"));
    assertFalse(spanish.check("", "correo-a").isEmpty());
    assertEquals(List.of(), spanish.check("", "Los correos a sus clientes."));
  }

  @Test
  void aMissingGlossaryIsAOneLineError() {
    I18nException e = assertThrows(I18nException.class, () -> Glossary.load("xx"));
    assertEquals("/org/smtpreply/i18n/glossary/xx.yaml is missing from the classpath; write the xx glossary there",
        e.getMessage());
  }
}

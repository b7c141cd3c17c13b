package org.smtpreply.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smtpreply.catalog.Catalog;

/** {@code smtp-reply explain}, run in-process: output in each language, JSON, standard input, exit codes. */
class ExplainCommandTest {
  private static final Catalog CATALOG = Catalog.builtIn();
  private static final String BOB = "550 5.1.1 <bob@example.com>: Recipient address rejected";

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {}

  private static Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      int exit = SmtpReplyCli.run(args, new PrintWriter(out), new PrintWriter(err));
      return new Run(exit, out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es"})
  void explainsAReplyInTheChosenLanguage(String tag) {
    Run run = run("", "explain", "--lang", tag, BOB);
    assertEquals(0, run.exit(), run.err());
    var basic = CATALOG.text(CATALOG.basic(550).orElseThrow(), tag).value();
    var enhanced = CATALOG.text(CATALOG.enhanced("5.1.1").orElseThrow(), tag).value();
    var reason = CATALOG.text(CATALOG.reason("mailbox-unknown").orElseThrow(), tag).value();
    assertEquals(List.of(
        (tag.equals("en") ? "Recipient" : "Destinatario") + ": bob@example.com",
        BOB,
        "  " + (tag.equals("en") ? "Reason" : "Motivo") + ": " + reason.title() + ". " + reason.summary(),
        tag.equals("en") ? "  The message: will not be delivered; the sending server has stopped trying"
            : "  El mensaje: no se entregará; el servidor de envío dejó de intentarlo",
        tag.equals("en") ? "  The address: suppress it; it no longer receives mail"
            : "  La dirección: suprímala; ya no recibe correo",
        "  " + (tag.equals("en") ? "What to do" : "Qué hacer") + ": " + reason.action(),
        "  " + (tag.equals("en") ? "Class" : "Clase") + ": " + CATALOG.guide("class-5xx", tag).value().title()
            + (tag.equals("en") ? " (hard bounce)" : " (rebote permanente)"),
        "  550: " + basic.title(),
        "    " + basic.summary(),
        "  5.1.1: " + enhanced.title(),
        "    " + enhanced.permanentForm().orElseThrow(),
        "  " + (tag.equals("en") ? "Subject" : "Ámbito") + ": " + CATALOG.guide("subject-1", tag).value().title(),
        "  " + (tag.equals("en") ? "What the sender should do" : "Qué debe hacer el remitente") + ": " + enhanced.sender(),
        "  " + (tag.equals("en") ? "Retrying" : "Reintentos") + ": " + enhanced.retry()),
        run.out().lines().toList());
  }

  @Test
  void aRegionalTagFallsBackToItsLanguageAndAnUnknownLanguageIsABadOption() {
    Run mexican = run("", "explain", "--lang", "es-MX", BOB);
    assertEquals(0, mexican.exit(), mexican.err());
    assertEquals(run("", "explain", "--lang", "es", BOB).out(), mexican.out());
    Run run = run("", "explain", "--lang", "fr", BOB);
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("error: unknown --lang 'fr'; use one of en, es"), run.err());
  }

  @Test
  void anUnknownFormatIsABadOption() {
    Run run = run("", "explain", "--format", "xml", BOB);
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("error: unknown --format 'xml'; use text or json"), run.err());
  }

  @Test
  void readsRepliesFromStandardInputJoiningContinuationLines() throws Exception {
    String stdin = "421-4.7.0 Try again later,\r\n421 4.7.0 closing connection.\r\n"
        + "Hello there\n"
        + "559 5.9.9 Something new\n";
    Run run = run(stdin, "explain", "--format", "json", "--lang", "es");
    assertEquals(4, run.exit(), "one line could not be parsed");
    assertEquals("error: stdin line 3: no SMTP reply, delivery status or mail-log entry found; give a reply such"
        + " as '550 5.1.1 User unknown', a bounce's Diagnostic-Code line, a Postfix, Exim or Sendmail log line, or"
        + " a bounce email with --mail", run.err().strip());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size());
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertEquals(421, first.get("code").asInt());
    assertEquals("4.7.0", first.get("enhanced").asText());
    assertEquals("SOFT", first.get("bounce").asText());
    assertEquals("SECURITY_OR_POLICY", first.get("subject").asText());
    assertEquals("Try again later, closing connection.", first.get("text").asText());
    assertEquals(CATALOG.text(CATALOG.basic(421).orElseThrow(), "es").value().title(),
        first.get("basic").get("title").asText());
    JsonNode second = json.readTree(lines.get(1));
    assertEquals(false, second.get("basic").get("inCatalog").asBoolean());
    assertEquals(CATALOG.guide("class-5xx", "es").value().title(), second.get("basic").get("title").asText());
    assertEquals(CATALOG.guide("subject-0", "es").value().title(), second.get("enhancedCode").get("title").asText());
    assertTrue(second.get("retryAdvice").isNull());
    assertEquals(true, first.get("retry").asBoolean(), "a 4xx reply is retried");
    assertEquals(false, second.get("retry").asBoolean(), "a 5xx reply is not");
  }

  @Test
  void aBadArgumentIsReportedAndTheOthersAreStillExplained() {
    Run run = run("", "explain", "550-5.1.1 first\n451 4.3.0 second", "250 2.0.0 Ok");
    assertEquals(4, run.exit());
    assertEquals("error: argument 1: line 2: reply code 451 differs from the code 550 of the lines before it;"
        + " every line of a reply carries the same code (RFC 5321 section 4.2.1)", run.err().strip());
    assertTrue(run.out().startsWith("250 2.0.0 Ok\n"), run.out());
    assertTrue(run.out().contains("\n  The message: delivered; nothing bounced\n"), run.out());
    assertTrue(run.out().contains("\n  Class: 2xx: positive completion (not a bounce)\n"), run.out());
  }

  @Test
  void anUnknownCodeSaysItIsExplainedFromItsDigits() {
    Run run = run("", "explain", "--lang", "es", "4.9.9");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("  4.9.9: " + CATALOG.guide("subject-0", "es").value().title()
        + " (no figura en el catálogo: se explica a partir de sus cifras)"), run.out());
  }
}

package org.smtpreply.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the parser accepts and what it reports, case by case. */
class ReplyParserTest {

  private static Reply parse(String text) throws ReplyParseException {
    return ReplyParser.parse(text);
  }

  private static ReplyParseException rejected(String text) {
    return assertThrows(ReplyParseException.class, () -> ReplyParser.parse(text));
  }

  @Test
  void singleLineWithEnhancedCode() throws ReplyParseException {
    Reply reply = parse("550 5.1.1 <bob@example.com>: Recipient address rejected");
    assertEquals(OptionalInt.of(550), reply.code());
    assertEquals(Optional.of(new EnhancedStatus(5, 1, 1)), reply.enhanced());
    assertEquals(List.of("5.1.1 <bob@example.com>: Recipient address rejected"), reply.lines());
    assertEquals("<bob@example.com>: Recipient address rejected", reply.text());
    assertEquals(ReplyClass.PERMANENT_NEGATIVE, reply.replyClass());
    assertEquals(BounceKind.HARD, reply.bounce());
    assertEquals(Subject.ADDRESSING, reply.subject());
    assertFalse(reply.isMultiline());
  }

  @Test
  void multiLineWithLfOnlyEndsAndTrailingSpaces() throws ReplyParseException {
    Reply reply = parse("250-mx.example.com at your service   \n250-PIPELINING\n250 SMTPUTF8  \n");
    assertEquals(List.of("mx.example.com at your service", "PIPELINING", "SMTPUTF8"), reply.lines());
    assertEquals(BounceKind.NONE, reply.bounce());
    assertEquals(Subject.OTHER, reply.subject());
    assertEquals("250-mx.example.com at your service\r\n250-PIPELINING\r\n250 SMTPUTF8\r\n",
        ReplyFormatter.format(reply));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', value = {
      "250|250|-|''",
      "250 |250|-|''",
      "221 2.0.0|221|2.0.0|''",
      "5.1.1 User unknown|0|5.1.1|User unknown",
      "4.2.2|0|4.2.2|''",
      "550 #5.1.0 Address rejected|550|5.1.0|Address rejected",
      "550 (#5.7.1) Relaying denied|550|5.7.1|Relaying denied",
      "550 RESOLVER 5.1.1 not found|550|5.1.1|RESOLVER 5.1.1 not found",
      "553 no such domain (#5.1.2)|553|5.1.2|no such domain (#5.1.2)",
      "550 550-5.1.1 The account does not exist|550|5.1.1|The account does not exist",
      "550 550 5.1.1 The account does not exist|550|5.1.1|The account does not exist",
      "554 5.6.7.8 is not welcome|554|-|5.6.7.8 is not welcome",
      "421 Deferred 4.16.55.1 try later|421|-|Deferred 4.16.55.1 try later",
      "571 5.7.1 Delivery not authorized|571|5.7.1|Delivery not authorized",
      "smtp; 550 5.1.1 User unknown|550|5.1.1|User unknown",
      "'   452 4.5.3 Too many recipients'|452|4.5.3|Too many recipients",
  })
  void toleratesWhatServersLogsAndLibrariesWrite(String input, int code, String enhanced, String text)
      throws ReplyParseException {
    Reply reply = parse(input);
    assertEquals(code, reply.code().orElse(0));
    assertEquals(enhanced, reply.enhanced().map(EnhancedStatus::toString).orElse("-"));
    assertEquals(text, reply.text());
  }

  @Test
  void aBareEnhancedCodeIsClassifiedByItsClass() throws ReplyParseException {
    Reply reply = parse("4.2.2 Mailbox full");
    assertEquals(ReplyClass.TRANSIENT_NEGATIVE, reply.replyClass());
    assertEquals(Subject.MAILBOX, reply.subject());
    assertEquals("4.2.2 Mailbox full\r\n", ReplyFormatter.format(reply));
  }

  @Test
  void anEnhancedCodeOnSomeLinesOnlyIsTheReplysCode() throws ReplyParseException {
    Reply reply = parse("550-5.7.1 Rejected for policy reasons\r\n550-see the page below\r\n550 5.7.1 https://example.com/policy\r\n");
    assertEquals(Optional.of(new EnhancedStatus(5, 7, 1)), reply.enhanced());
    assertEquals("Rejected for policy reasons see the page below https://example.com/policy", reply.text());
  }

  @Test
  void aFlattenedReplyKeepsItsLines() throws ReplyParseException {
    Reply reply = parse("451-4.3.0 Try again  451-4.3.0 later 451 4.3.0 please");
    assertEquals(List.of("4.3.0 Try again", "4.3.0 later", "4.3.0 please"), reply.lines());
  }

  @Test
  void theCodeInsideALineThatIsFollowedByMoreLinesIsText() throws ReplyParseException {
    Reply reply = parse("550-rejected with 550 because of policy\r\n550 goodbye\r\n");
    assertEquals(List.of("rejected with 550 because of policy", "goodbye"), reply.lines());
  }

  @Test
  void aContinuationLineAtTheEndIsTakenAsTheLastLine() throws ReplyParseException {
    Reply reply = parse("550-5.1.1 The email account that you tried to reach does not exist.");
    assertEquals(1, reply.lines().size());
    assertEquals("550 5.1.1 The email account that you tried to reach does not exist.\r\n",
        ReplyFormatter.format(reply));
  }

  @Test
  void codesThatDifferBetweenLinesAreReportedOnTheLine() {
    ReplyParseException e = rejected("550-5.1.1 first\n550-5.1.1 second\n451 4.3.0 third\n");
    assertEquals(3, e.line());
    assertEquals("line 3: reply code 451 differs from the code 550 of the lines before it; every line"
        + " of a reply carries the same code (RFC 5321 section 4.2.1)", e.getMessage());
  }

  @Test
  void enhancedCodesThatDifferBetweenLinesAreReported() {
    ReplyParseException e = rejected("550-5.1.1 first\r\n550 5.7.1 second\r\n");
    assertEquals(2, e.line());
    assertTrue(e.problem().startsWith("enhanced code 5.7.1 differs from 5.1.1"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "600 Service ready|reply code 600 is out of range",
      "199 Hello|reply code 199 is out of range",
      "099 Hello|reply code 099 is out of range",
      "000|reply code 000 is out of range",
  })
  void anOutOfRangeCodeIsReported(String input, String start) {
    ReplyParseException e = rejected(input);
    assertEquals(1, e.line());
    assertTrue(e.problem().startsWith(start), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "550 4.2.2 Mailbox full|enhanced code 4.2.2 has class 4 but reply code 550 has class 5",
      "250 5.0.0 Ok|enhanced code 5.0.0 has class 5 but reply code 250 has class 2",
      "354 2.0.0 Go ahead|enhanced code 2.0.0 has class 2 but reply code 354 has class 3",
      "550 Rejected (#4.7.1)|enhanced code 4.7.1 has class 4 but reply code 550 has class 5",
  })
  void anEnhancedCodeOfAnotherClassIsReported(String input, String start) {
    assertTrue(rejected(input).problem().startsWith(start), input);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Hello world|1|no reply code at the start of 'Hello world'",
      "''|1|there is no reply here",
      "'\n\n  \n'|3|there is no reply here",
      "5500 too many digits|1|no reply code",
      "'550-first\nsecond line without code'|2|the line does not start with the reply's code 550",
      "'250 OK\n250 OK again'|2|more text after the end of the reply on line 1",
      "'5.1.1 bare\n550 5.1.1 more'|2|more text after the end of the reply on line 1",
  })
  void textThatIsNotOneReplyIsReported(String input, int line, String start) {
    ReplyParseException e = rejected(input);
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.problem().startsWith(start), e.getMessage());
  }

  @Test
  void inputLongerThanAnyReplyIsReported() {
    String huge = "550 " + "x".repeat(ReplyParser.MAX_REPLY_CHARS);
    assertTrue(rejected(huge).problem().startsWith("the reply is longer than 65536 characters"));
  }

  @Test
  void aBuiltReplyIsCheckedLikeAParsedOne() {
    assertThrows(IllegalArgumentException.class, () -> Reply.of(550, new EnhancedStatus(4, 2, 2), List.of("x")));
    assertThrows(IllegalArgumentException.class, () -> Reply.of(650, null, List.of("x")));
    assertThrows(IllegalArgumentException.class, () -> Reply.of(550, null, List.of("a\r\nb")));
    assertThrows(IllegalArgumentException.class, () -> Reply.of(550, null, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new EnhancedStatus(3, 0, 0));
  }
}

package org.smtpreply.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.smtpreply.processor.Fixtures.compile;
import static org.smtpreply.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic a user can meet: its id, the file and the line of the value at fault, and the
 * count of errors, which proves that one mistake gives one message.
 */
class DiagnosticsTest {

  private static void assertSingleError(Compilation compilation, JavaFileObject source, String id, String line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(id).inFile(source).onLineContaining(line);
  }

  @Test
  void malformedEnhancedCode() {
    JavaFileObject source = source("Malformed",
        "final class Malformed {",
        "  @SmtpReply(code = 550,",
        "      enhanced = \"5.1\")",
        "  void reject() {}",
        "}");
    assertSingleError(compile(source), source, "[SmtpReplyMalformedEnhanced] enhanced code \"5.1\"", "enhanced = \"5.1\"");
  }

  @Test
  void enhancedCodeNotInTheRegistry() {
    JavaFileObject source = source("NotRegistered",
        "@SmtpReply(code = 550,",
        "    enhanced = \"5.1.99\")",
        "final class NotRegistered extends RuntimeException {}");
    assertSingleError(compile(source), source, "[SmtpReplyUnknownEnhanced] enhanced code \"5.1.99\" is not in the IANA registry",
        "enhanced = \"5.1.99\"");
  }

  @Test
  void classMismatch() {
    JavaFileObject source = source("Mismatch",
        "@SmtpReply(code = 250,",
        "    enhanced = \"5.0.0\")",
        "final class Mismatch {}");
    assertSingleError(compile(source), source,
        "[SmtpReplyClassMismatch] enhanced code \"5.0.0\" is of class 5 but reply 250 is of class 2; use \"2.0.0\"",
        "enhanced = \"5.0.0\"");
  }

  @Test
  void enhancedCodeOnAnIntermediateReply() {
    JavaFileObject source = source("Intermediate",
        "final class Intermediate {",
        "  @SmtpReply(code = 354,",
        "      enhanced = \"2.0.0\", text = \"Start mail input\")",
        "  static final String DATA = \"354\";",
        "}");
    assertSingleError(compile(source), source, "[SmtpReplyEnhancedOn3yz] reply 354", "enhanced = \"2.0.0\"");
  }

  private static JavaFileObject unusualPairing() {
    return source("Unusual",
        "@SmtpReply(code = 550,",
        "    enhanced = \"5.2.2\")",
        "final class Unusual extends RuntimeException {}");
  }

  @Test
  void unusualPairingIsAWarningByDefault() {
    JavaFileObject source = unusualPairing();
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[SmtpReplyUnusualPairing] the IANA registry does not associate enhanced code \"5.2.2\" with reply 550 (it lists 552)")
        .inFile(source).onLineContaining("enhanced = \"5.2.2\"");
  }

  @Test
  void unusualPairingCanBeAnError() {
    JavaFileObject source = unusualPairing();
    assertSingleError(compile(List.of("smtpreply.unusualPairing=error"), source), source,
        "[SmtpReplyUnusualPairing]", "enhanced = \"5.2.2\"");
  }

  @Test
  void unusualPairingCanBeIgnored() {
    assertThat(compile(List.of("smtpreply.unusualPairing=ignore"), unusualPairing())).succeededWithoutWarnings();
  }

  @Test
  void textWithALineBreak() {
    JavaFileObject source = source("LineBreak",
        "final class LineBreak {",
        "  @SmtpReply(code = 550,",
        "      text = \"first\\r\\nsecond\")",
        "  void reject() {}",
        "}");
    assertSingleError(compile(source), source, "[SmtpReplyTextLineBreak]", "text = \"first");
  }

  @Test
  void nonAsciiTextWithoutSmtputf8() {
    JavaFileObject source = source("NonAscii",
        "final class NonAscii {",
        "  @SmtpReply(code = 550,",
        "      text = \"Buzón desconocido\")",
        "  void reject() {}",
        "  @SmtpReply(code = 550, text = \"Buzón lleno\", smtputf8 = true)",
        "  void rejectOverSmtputf8() {}",
        "}");
    assertSingleError(compile(source), source, "[SmtpReplyTextNonAscii] reply text contains the non-ASCII character 'U+00F3'",
        "text = \"Buzón desconocido\"");
  }

  @Test
  void textLongerThanAReplyLine() {
    JavaFileObject source = source("TooLong",
        "final class TooLong {",
        "  @SmtpReply(code = 550,",
        "      text = \"" + "x".repeat(500) + "\")",
        "  void reject() {}",
        "}");
    // 550 + space + 500 characters + CRLF = 506: fine; the enhanced code makes it 512: still fine.
    assertThat(compile(source)).succeededWithoutWarnings();
    JavaFileObject longer = source("TooLong",
        "final class TooLong {",
        "  @SmtpReply(code = 550, enhanced = \"5.1.1\",",
        "      text = \"" + "x".repeat(501) + "\")",
        "  void reject() {}",
        "}");
    assertSingleError(compile(longer), longer,
        "[SmtpReplyTextTooLong] the reply line would be 513 octets, more than the 512", "text = \"xxx");
  }

  @Test
  void annotationOnAnInterface() {
    JavaFileObject source = source("Rejections",
        "@SmtpReply(code = 550)",
        "interface Rejections {}");
    assertSingleError(compile(source), source,
        "[SmtpReplyElementKind] @SmtpReply cannot go on interface test.Rejections, which emits no reply", "@SmtpReply(code = 550)");
  }

  @Test
  void annotationOnAnAnnotationType() {
    JavaFileObject source = source("Rejected",
        "@SmtpReply(code = 550)",
        "@interface Rejected {}");
    assertSingleError(compile(source), source,
        "[SmtpReplyElementKind] @SmtpReply cannot go on annotation type test.Rejected", "@SmtpReply(code = 550)");
  }

  @Test
  void twoDifferentRepliesOnAnExceptionTypeConflict() {
    JavaFileObject source = source("Ambiguous",
        "@SmtpReply(code = 550, enhanced = \"5.1.1\", text = \"No such user\")",
        "@SmtpReply(code = 450,",
        "    enhanced = \"4.2.1\", text = \"Mailbox disabled\")",
        "final class Ambiguous extends RuntimeException {}");
    assertSingleError(compile(source), source,
        "[SmtpReplyConflict] class test.Ambiguous declares two different replies, \"550 5.1.1 No such user\" and"
            + " \"450 4.2.1 Mailbox disabled\"",
        "@SmtpReply(code = 450,");
  }

  @Test
  void twoDifferentTextsOnAConstantConflictAtTheText() {
    JavaFileObject source = source("Constants",
        "final class Constants {",
        "  @SmtpReply(code = 221, text = \"Bye\")",
        "  @SmtpReply(code = 221,",
        "      text = \"Closing connection\")",
        "  static final String QUIT = \"221\";",
        "}");
    assertSingleError(compile(source), source, "[SmtpReplyConflict] field test.Constants.QUIT", "text = \"Closing connection\"");
  }

  @Test
  void aHandlerMethodMayEmitSeveralReplies() {
    JavaFileObject source = source("Handler",
        "final class Handler {",
        "  @SmtpReply(code = 250, enhanced = \"2.1.5\", text = \"Recipient ok\")",
        "  @SmtpReply(code = 550, enhanced = \"5.1.1\", text = \"No such user\")",
        "  void rcpt(String address) {}",
        "}");
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void theSameReplyTwiceIsAWarning() {
    JavaFileObject source = source("Twice",
        "final class Twice {",
        "  @SmtpReply(code = 250, text = \"Ok\")",
        "  @SmtpReply(text = \"Ok\",",
        "      code = 250)",
        "  void noop() {}",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[SmtpReplyDuplicate] method test.Twice.noop() declares the reply \"250 Ok\" twice")
        .inFile(source).onLineContaining("code = 250)");
    assertThat(compile(List.of("smtpreply.duplicateReply=ignore"), source)).succeededWithoutWarnings();
    assertSingleError(compile(List.of("smtpreply.duplicateReply=error"), source), source,
        "[SmtpReplyDuplicate]", "code = 250)");
  }

  @Test
  void everyErrorIsReportedNotOnlyTheFirst() {
    JavaFileObject source = source("Several",
        "final class Several {",
        "  @SmtpReply(code = 599) void a() {}",
        "  @SmtpReply(code = 550, enhanced = \"4.1.1\") void b() {}",
        "  @SmtpReply(code = 550, text = \"ñ\") void c() {}",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[SmtpReplyUnknownCode]").inFile(source).onLineContaining("void a()");
    assertThat(compilation).hadErrorContaining("[SmtpReplyClassMismatch]").inFile(source).onLineContaining("void b()");
    assertThat(compilation).hadErrorContaining("[SmtpReplyTextNonAscii]").inFile(source).onLineContaining("void c()");
  }

  @Test
  void badOptionValuesAreOneErrorEach() {
    JavaFileObject source = source("Fine", "@SmtpReply(code = 250) final class Fine {}");
    Compilation compilation = compile(List.of("smtpreply.unusualPairing=loud", "smtpreply.registryPackage=not a package"), source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[SmtpReplyOption] -Asmtpreply.unusualPairing=loud is not valid: use error, warning or ignore");
    assertThat(compilation).hadErrorContaining("[SmtpReplyOption] -Asmtpreply.registryPackage=not a package is not valid");
  }
}

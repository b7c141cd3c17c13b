package org.smtpreply.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code explain} with operands only runs without picocli ({@link SmtpReplyCli#run}): what it
 * prints on both streams and the exit code are those of the same command line run through picocli.
 */
class ExplainShortcutTest {
  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {}

  private static Run run(boolean shortcut, String stdin, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      int exit = SmtpReplyCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), shortcut);
      return new Run(exit, out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }

  static Stream<Arguments> operandsOnly() {
    return Stream.of(
        Arguments.of("", List.of("explain", "550 5.1.1 <bob@example.com>: Recipient address rejected")),
        Arguments.of("", List.of("explain", "452 4.2.2 The email account that you tried to reach is over quota",
            "550 5.7.606 Access denied, banned sending IP [192.0.2.7]")),
        Arguments.of("", List.of("explain", "550-5.1.1 The email account that you tried to reach does not exist.\n"
            + "550 5.1.1 Please try double-checking the recipient's email address")),
        Arguments.of("", List.of("explain", "Dec  4 07:45:01 mx postfix/smtp[123]: 0A1B2C3D4E: to=<bob@example.com>, "
            + "relay=mx.example.net[192.0.2.7]:25, status=bounced (host mx.example.net[192.0.2.7] said: 550 5.1.1 "
            + "<bob@example.com>: Recipient address rejected (in reply to RCPT TO command))")),
        Arguments.of("", List.of("explain", "Diagnostic-Code: smtp; 421 4.7.0 Try again later")),
        // Nothing to explain, a malformed reply, control characters: exit 4 and lines on standard error.
        Arguments.of("", List.of("explain", "not a reply", "599 9.9.9 no such code", "")),
        Arguments.of("", List.of("explain", "550 5.1.1 \u001B]0;pwned\u0007 x", "\u001B[2Jnot a reply")),
        // Standard input: lines, a multi-line reply, a bounce email.
        Arguments.of("250 OK\n550-5.1.1 first\n550 5.1.1 second\nno reply here\n", List.of("explain")),
        Arguments.of("From: MAILER-DAEMON@example.net\nTo: alice@example.org\nSubject: Undelivered Mail\n\n"
            + "<bob@example.com>: host mx.example.net[192.0.2.7] said: 550 5.1.1 User unknown\n", List.of("explain")));
  }

  @ParameterizedTest
  @MethodSource("operandsOnly")
  void printsAndReturnsWhatPicocliDoes(String stdin, List<String> args) {
    assertTrue(SmtpReplyCli.operandsOnly(args.toArray(String[]::new)), args.toString());
    Run picocli = run(false, stdin, args);
    Run shortcut = run(true, stdin, args);
    assertFalse(picocli.out().isEmpty() && picocli.err().isEmpty(), "the case prints nothing: " + args);
    assertEquals(picocli, shortcut);
  }

  @Test
  void anyOptionArgumentFileOrOtherCommandGoesThroughPicocli() {
    for (List<String> args : List.<List<String>>of(List.of(), List.of("generate"), List.of("explain", "--lang", "es", "550 5.1.1 x"),
        List.of("explain", "--format=json", "550 5.1.1 x"), List.of("explain", "--help"), List.of("explain", "-"),
        List.of("explain", "--", "550 5.1.1 x"), List.of("explain", "@replies.txt"), List.of("explain", "550 5.1.1 x", "-V"))) {
      assertFalse(SmtpReplyCli.operandsOnly(args.toArray(String[]::new)), args.toString());
    }
  }
}

package org.smtpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The generated registry and usage index compared with stored golden files (the constants' are
 * in the codegen module), byte for byte (Javadoc, order and
 * layout included) and as syntax trees. Run with {@code -Dgolden.update=true} to rewrite the
 * golden files after an intended change, then review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  /** A small codebase: an exception hierarchy, constants, a nested type and a handler. */
  static JavaFileObject[] codebase() {
    return new JavaFileObject[] {
      JavaFileObjects.forSourceLines("com.example.mail.UnknownRecipientException",
          "package com.example.mail;",
          "import org.smtpreply.annotation.SmtpReply;",
          "import org.smtpreply.codes.EnhancedCodes;",
          "import org.smtpreply.codes.ReplyCodes;",
          "@SmtpReply(code = ReplyCodes.MAILBOX_UNAVAILABLE,",
          "    enhanced = EnhancedCodes.BAD_DESTINATION_MAILBOX_ADDRESS_PERMANENT,",
          "    text = \"Recipient address rejected\")",
          "public class UnknownRecipientException extends RuntimeException {",
          "  private static final long serialVersionUID = 1L;",
          "}"),
      JavaFileObjects.forSourceLines("com.example.mail.smtp.Replies",
          "package com.example.mail.smtp;",
          "import org.smtpreply.annotation.SmtpReply;",
          "public final class Replies {",
          "  private Replies() {}",
          "  @SmtpReply(code = 221, enhanced = \"2.0.0\", text = \"Bye \\\"now\\\"\")",
          "  public static final String CLOSING = \"221 2.0.0 Bye\";",
          "  @SmtpReply(code = 421, text = \"Shutting down\")",
          "  public static final class Shutdown extends RuntimeException {",
          "    private static final long serialVersionUID = 1L;",
          "  }",
          "}"),
      JavaFileObjects.forSourceLines("com.example.mail.smtp.RcptHandler",
          "package com.example.mail.smtp;",
          "import org.smtpreply.annotation.SmtpReply;",
          "final class RcptHandler {",
          "  @SmtpReply(code = 550, enhanced = \"5.1.1\", text = \"No such user\")",
          "  @SmtpReply(code = 250, enhanced = \"2.1.5\", text = \"Recipient ok\")",
          "  String rcpt(String address) { return address; }",
          "}"),
    };
  }

  private static String golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new AssertionError("no golden file " + name + "; run once with -Dgolden.update=true and review it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void registryAndUsageIndexMatchTheirGoldenFiles() throws IOException {
    Compilation compilation = Fixtures.compile(codebase());
    assertThat(compilation).succeededWithoutWarnings();
    String registry = compilation.generatedSourceFile("com.example.mail.SmtpReplyRegistry").orElseThrow()
        .getCharContent(false).toString();
    assertThat(registry).isEqualTo(golden("SmtpReplyRegistry.java", registry));
    assertThat(compilation).generatedSourceFile("com.example.mail.SmtpReplyRegistry")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/SmtpReplyRegistry.java"));
    String usages = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/smtp-reply/usages.json")
        .orElseThrow().getCharContent(false).toString();
    assertThat(usages).isEqualTo(golden("usages.json", usages));
  }

  @Test
  void outputDoesNotDependOnTheOrderSourcesAreGiven() throws IOException {
    JavaFileObject[] sources = codebase();
    JavaFileObject[] reversed = new JavaFileObject[sources.length];
    for (int i = 0; i < sources.length; i++) {
      reversed[i] = sources[sources.length - 1 - i];
    }
    Compilation a = Fixtures.compile(sources);
    Compilation b = Fixtures.compile(reversed);
    assertThat(b.generatedSourceFile("com.example.mail.SmtpReplyRegistry").orElseThrow().getCharContent(false).toString())
        .isEqualTo(a.generatedSourceFile("com.example.mail.SmtpReplyRegistry").orElseThrow().getCharContent(false).toString());
    assertThat(b.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/smtp-reply/usages.json").orElseThrow()
            .getCharContent(false).toString())
        .isEqualTo(a.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/smtp-reply/usages.json").orElseThrow()
            .getCharContent(false).toString());
  }
}

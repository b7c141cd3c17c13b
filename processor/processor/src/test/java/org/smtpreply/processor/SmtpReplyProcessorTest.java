package org.smtpreply.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.smtpreply.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Fixture sources compiled with the processor: what a user of {@code @SmtpReply} sees. */
class SmtpReplyProcessorTest {

  @Test
  void validUseCompilesAndGeneratesConstants() {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.UnknownRecipient",
        "package test;",
        "import org.smtpreply.annotation.SmtpReply;",
        "@SmtpReply(code = 550, enhanced = \"5.1.1\", text = \"Recipient address rejected\")",
        "final class UnknownRecipient extends RuntimeException {}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("org.smtpreply.codes.ReplyCodes")
        .contentsAsUtf8String().contains("public static final int MAILBOX_UNAVAILABLE = 550;");
    assertThat(compilation).generatedSourceFile("org.smtpreply.codes.EnhancedCodes")
        .contentsAsUtf8String().contains("public static final String MAILBOX_FULL_PERMANENT = \"5.2.2\";");
  }

  @Test
  void generatedConstantsAreUsableInsideTheAnnotation() {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Busy",
        "package test;",
        "import org.smtpreply.annotation.SmtpReply;",
        "import org.smtpreply.codes.EnhancedCodes;",
        "import org.smtpreply.codes.ReplyCodes;",
        "@SmtpReply(code = ReplyCodes.MAILBOX_UNAVAILABLE,",
        "    enhanced = EnhancedCodes.BAD_DESTINATION_MAILBOX_ADDRESS_PERMANENT)",
        "final class Busy {",
        "  @SmtpReply(code = ReplyCodes.SERVICE_NOT_AVAILABLE) static final String CLOSING = \"x\";",
        "}");
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void constantNamingAnUnknownCodeIsStillChecked() {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Wrong",
        "package test;",
        "import org.smtpreply.annotation.SmtpReply;",
        "import org.smtpreply.codes.EnhancedCodes;",
        "import org.smtpreply.codes.ReplyCodes;",
        "final class Wrong {",
        "  @SmtpReply(code = ReplyCodes.MAILBOX_UNAVAILABLE,",
        "      enhanced = EnhancedCodes.MAILBOX_FULL_TRANSIENT)",
        "  void reject() {}",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[SmtpReplyClassMismatch]")
        .inFile(source).onLineContaining("enhanced = EnhancedCodes.MAILBOX_FULL_TRANSIENT");
  }

  @Test
  void unknownCodeFailsOnTheCodeValue() {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Unknown",
        "package test;",
        "import org.smtpreply.annotation.SmtpReply;",
        "final class Unknown {",
        "  @SmtpReply(",
        "      code = 505,",
        "      text = \"No such user\")",
        "  void reject() {}",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SmtpReplyUnknownCode] code 505 is not an SMTP reply code in the catalog (did you mean 550?)")
        .inFile(source).onLineContaining("code = 505");
  }
}

package org.smtpreply.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.smtpreply.processor.Fixtures.compile;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Fixture sources compiled with the processor: what a user of {@code @SmtpReply} sees. */
class SmtpReplyProcessorTest {

  @Test
  void validUseCompilesWithThePrecompiledConstants() {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.UnknownRecipient",
        "package test;",
        "import org.smtpreply.annotation.SmtpReply;",
        "@SmtpReply(code = 550, enhanced = \"5.1.1\", text = \"Recipient address rejected\")",
        "final class UnknownRecipient extends RuntimeException {}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    // The built-in catalog's constants come with the annotation, compiled: never generated again,
    // so no two libraries ship org.smtpreply.codes.
    for (JavaFileObject file : compilation.generatedFiles()) {
      Truth.assertThat(file.toUri().getPath()).doesNotContain("org/smtpreply/codes");
    }
    assertThat(compilation).generatedSourceFile("test.SmtpReplyRegistry");
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

  /** Counts javac's rounds of annotation processing, the final one included. */
  @SupportedAnnotationTypes("*")
  static final class RoundCounter extends AbstractProcessor {
    int rounds;

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      rounds++;
      return false;
    }
  }

  @Test
  void theRegistryIsWrittenInTheFirstRoundSoJavacNeedsOneMoreOnly() {
    RoundCounter counter = new RoundCounter();
    Compilation compilation = javac().withProcessors(new SmtpReplyProcessor(), counter)
        .compile(GoldenFilesTest.codebase());
    assertThat(compilation).succeededWithoutWarnings();
    // Round 1 reads the sources and writes the registry; round 2 compiles it; then the final round.
    Truth.assertThat(counter.rounds).isEqualTo(3);
  }
}

package org.smtpreply.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.smtpreply.processor.Fixtures.compile;
import static org.smtpreply.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Broken input never makes the processor throw: javac reports the user's mistake once, and the
 * processor adds nothing of its own. Elements generated late by other processors are named.
 */
class RobustnessTest {

  /** javac reported the one mistake; the processor added nothing and threw nothing. */
  private static void assertJavacAloneReported(Compilation compilation) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    CustomCatalogTest.assertNoTrace(compilation);
  }

  @Test
  void aValueNamingAMissingConstantLeavesTheErrorToJavac() {
    JavaFileObject source = source("Missing",
        "final class Missing {",
        "  @SmtpReply(code = NoSuchCodes.MAILBOX_UNAVAILABLE) void reject() {}",
        "}");
    Compilation compilation = compile(source);
    assertJavacAloneReported(compilation);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source).onLineContaining("NoSuchCodes");
  }

  @Test
  void aValueOfTheWrongTypeLeavesTheErrorToJavac() {
    JavaFileObject source = source("WrongType",
        "@SmtpReply(code = \"550\") final class WrongType {}");
    Compilation compilation = compile(source);
    assertJavacAloneReported(compilation);
    assertThat(compilation).hadErrorContaining("incompatible types").inFile(source).onLineContaining("\"550\"");
  }

  @Test
  void aMissingRequiredValueLeavesTheErrorToJavac() {
    JavaFileObject source = source("NoCode", "@SmtpReply(text = \"Bye\") final class NoCode {}");
    assertJavacAloneReported(compile(source));
  }

  @Test
  void aSyntaxErrorLeavesTheErrorToJavac() {
    JavaFileObject source = source("Broken", "@SmtpReply(code = 550 final class Broken {}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    CustomCatalogTest.assertNoTrace(compilation);
  }

  /** Generates an annotated class in its second round, after the registry has been written. */
  static final class LateGenerator extends AbstractProcessor {
    private int round;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
      if (++round == 2) {
        try (Writer out = processingEnv.getFiler().createSourceFile("test.Late").openWriter()) {
          out.write("package test;\n@org.smtpreply.annotation.SmtpReply(code = 250)\nfinal class Late {}\n");
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      return false;
    }
  }

  @Test
  void anElementGeneratedAfterTheRegistryIsNamedInAWarning() {
    JavaFileObject source = source("Early", "@SmtpReply(code = 250) final class Early {}");
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new SmtpReplyProcessor(), new LateGenerator()).compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[SmtpReplyLateElement] class test.Late was generated after the reply registry");
    assertThat(compilation).generatedSourceFile("test.SmtpReplyRegistry").contentsAsUtf8String().doesNotContain("test.Late");
  }
}

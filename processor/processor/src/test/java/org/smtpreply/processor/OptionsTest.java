package org.smtpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.smtpreply.processor.Fixtures.compile;
import static org.smtpreply.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.SupportedOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.fixtures.Corpus;
import org.smtpreply.processor.internal.Diagnostic;
import org.smtpreply.processor.internal.ProcessorOptions;

/** The options and diagnostics a user can read about are the ones the processor has. */
class OptionsTest {
  private static final Path README = Path.of("../../README.md");

  @Test
  void supportedOptionsListEveryOptionTheProcessorReads() {
    assertThat(Set.of(SmtpReplyProcessor.class.getAnnotation(SupportedOptions.class).value()))
        .containsExactlyElementsIn(ProcessorOptions.names());
    assertThat(new SmtpReplyProcessor().getSupportedOptions()).containsExactlyElementsIn(ProcessorOptions.names());
  }

  @Test
  void readmeDocumentsEveryOptionAndEveryDiagnostic() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    for (String option : ProcessorOptions.names()) {
      assertThat(readme).contains("`" + option + "`");
    }
    for (Diagnostic d : Diagnostic.values()) {
      assertThat(readme).contains("`" + d.id() + "`");
    }
  }

  @Test
  void registryPackageDefaultsToTheCodebasesRootPackageAndCanBeSet() {
    var sources = GoldenFilesTest.codebase();
    assertThat(compile(sources)).generatedSourceFile("com.example.mail.SmtpReplyRegistry");
    Compilation chosen = compile(List.of("smtpreply.registryPackage=com.example.replies"), sources);
    assertThat(chosen).succeededWithoutWarnings();
    assertThat(chosen).generatedSourceFile("com.example.replies.SmtpReplyRegistry");
  }

  @Test
  void anOrganizationsConstantsGoToTheRegistrysPackageOrTheOneChosen(@TempDir Path dir) throws IOException {
    Path extra = dir.resolve("extra.yaml");
    Files.writeString(extra, Corpus.extraCatalog577(), StandardCharsets.UTF_8);
    String catalog = "smtpreply.catalog=" + extra.toAbsolutePath();
    var sources = GoldenFilesTest.codebase();
    Compilation byDefault = compile(List.of(catalog), sources);
    assertThat(byDefault).succeededWithoutWarnings();
    assertThat(byDefault).generatedSourceFile("com.example.mail.ExtraReplyCodes");
    Compilation chosen = compile(List.of(catalog, "smtpreply.constantsPackage=com.example.codes"), source("UsesOwn",
        "@SmtpReply(code = com.example.codes.ExtraReplyCodes.EXAMPLE_POLICY_BLOCK) final class UsesOwn {}"));
    assertThat(chosen).succeededWithoutWarnings();
    assertThat(chosen).generatedSourceFile("com.example.codes.ExtraReplyCodes");
  }

  @Test
  void aSiteAddressThatCannotBeLinkedIsAnOptionError() {
    Compilation compilation = compile(List.of("smtpreply.siteUrl=docs.example.com"), source("Fine",
        "@SmtpReply(code = 550) final class Fine {}"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[SmtpReplyOption] -Asmtpreply.siteUrl=docs.example.com is not valid:"
        + " 'docs.example.com' is not an absolute http or https address");
  }
}

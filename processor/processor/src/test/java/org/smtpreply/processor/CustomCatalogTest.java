package org.smtpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.smtpreply.processor.Fixtures.compile;
import static org.smtpreply.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.fixtures.Corpus;

/** An organization's own codes, from an extra catalog file passed as a processor option. */
class CustomCatalogTest {
  @TempDir Path dir;

  static final String EXTRA = Corpus.extraCatalog577();

  private JavaFileObject useOf577() {
    return source("PolicyBlock",
        "@SmtpReply(code = 577,",
        "    enhanced = \"5.7.1\", text = \"Blocked by policy\")",
        "final class PolicyBlock extends RuntimeException {}");
  }

  private String option(String content) throws IOException {
    Path file = dir.resolve("extra-catalog.yaml");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return "smtpreply.catalog=" + file.toAbsolutePath();
  }

  @Test
  void aCatalogChangeAloneAddsTheConstantAndAcceptsTheCode() throws IOException {
    assertThat(compile(useOf577())).hadErrorContaining("[SmtpReplyUnknownCode] code 577");
    Compilation builtIn = compile(source("Fine", "@SmtpReply(code = 550) final class Fine {}"));
    assertThat(builtIn).succeededWithoutWarnings();
    assertThat(builtIn.generatedSourceFile("test.ExtraReplyCodes")).isEmpty();

    Compilation with = compile(List.of(option(EXTRA)), useOf577(), source("UsesConstant",
        "final class UsesConstant {",
        "  @SmtpReply(code = ExtraReplyCodes.EXAMPLE_POLICY_BLOCK) static final String BLOCKED = \"577\";",
        "}"));
    assertThat(with).succeededWithoutWarnings();
    assertThat(with).generatedSourceFile("test.ExtraReplyCodes").contentsAsUtf8String()
        .contains("  /**\n"
            + "   * 577 Blocked by the Example gateway.\n"
            + "   *\n"
            + "   * <p>s\n"
            + "   *\n"
            + "   * <p>Permanent negative completion: a hard bounce, do not retry. Non-standard: no RFC defines it with this meaning; its catalog page says where it comes from.\n"
            + "   */\n"
            + "  public static final int EXAMPLE_POLICY_BLOCK = 577;");
    assertThat(with).generatedSourceFile("test.SmtpReplyRegistry").contentsAsUtf8String()
        .contains("\"test.PolicyBlock\\ntest.PolicyBlock\\nclass\\n577\\n5.7.1\\nBlocked by policy\\n\"");
  }

  @Test
  void theOrganizationsConstantsLinkToItsPagesWhenTheirAddressIsGiven() throws IOException {
    Compilation compilation = compile(List.of(option(EXTRA), "smtpreply.siteUrl=https://mail-docs.example.com/replies"),
        useOf577());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ExtraReplyCodes").contentsAsUtf8String()
        .contains("   * @see <a href=\"https://mail-docs.example.com/replies/en/577/\">577 Blocked by the Example gateway</a>\n");
  }

  @Test
  void aNameOfTheOldLayoutSaysWhereTheConstantIsNow() throws IOException {
    JavaFileObject old = source("Old",
        "import org.smtpreply.codes.ReplyCodes;",
        "final class Old {",
        "  @SmtpReply(code = ReplyCodes.EXAMPLE_POLICY_BLOCK) static final String BLOCKED = \"577\";",
        "}");
    Compilation compilation = compile(List.of(option(EXTRA)), old);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[SmtpReplyUnknownConstant] ReplyCodes has no constant"
        + " EXAMPLE_POLICY_BLOCK; did you mean ExtraReplyCodes.EXAMPLE_POLICY_BLOCK (577)?")
        .inFile(old).onLineContaining("code = ReplyCodes.EXAMPLE_POLICY_BLOCK");
  }

  @Test
  void aBrokenExtraCatalogIsOneCleanErrorPerProblem() throws IOException {
    String option = option(EXTRA.replace("code: 577", "code: 550"));
    Compilation compilation = compile(List.of(option), useOf577());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[SmtpReplyCatalog] the SMTP reply catalog cannot be loaded: "
        + dir.resolve("extra-catalog.yaml").toAbsolutePath() + ":1:3: entry 550: the built-in catalog already defines 550");
    assertNoTrace(compilation);
  }

  @Test
  void aMissingExtraCatalogIsOneCleanError() {
    Path missing = dir.resolve("nowhere.yaml");
    Compilation compilation = compile(List.of("smtpreply.catalog=" + missing), useOf577());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[SmtpReplyCatalog] the SMTP reply catalog cannot be loaded: "
        + missing + ": file is missing");
    assertNoTrace(compilation);
  }

  @Test
  void catalogTextReachesGeneratedJavaAsTextOnly() throws Exception {
    // javac reads \\u escapes before anything else, comments included: a title could close the
    // Javadoc and add members, and a Windows path would not compile.
    String extra = EXTRA.replace("title: Blocked by the Example gateway,",
            "title: 'x \\u002a/ public static final int INJECTED = 1; /\\u002a y',")
        .replace("summary: s, causes: [c], sender: s, admin: a, retry: r, origin: Example Corp mail gateway",
            "summary: 'Quota of C:\\users exceeded */ @deprecated', causes: [c], sender: s, admin: a, retry: r,"
                + " origin: Example Corp mail gateway");
    Compilation compilation = compile(List.of(option(extra)), useOf577());
    assertThat(compilation).succeededWithoutWarnings();
    String generated = compilation.generatedSourceFile("test.ExtraReplyCodes").orElseThrow()
        .getCharContent(false).toString();
    assertThat(generated).contains("x &#92;u002a/ public static final int INJECTED = 1; /&#92;u002a y");
    assertThat(generated).contains("Quota of C:&#92;users exceeded *&#47; &#64;deprecated");
    Class<?> codes = new GeneratedClasses(compilation).loadClass("test.ExtraReplyCodes");
    assertThat(Arrays.stream(codes.getDeclaredFields()).map(Field::getName).toList())
        .containsExactly("EXAMPLE_POLICY_BLOCK");
  }

  @Test
  void anExtraConstantIsCheckedLikeABuiltInOne() throws IOException {
    for (String bad : List.of("example-block", "_")) {
      Compilation compilation = compile(List.of(option(EXTRA.replace("EXAMPLE_POLICY_BLOCK", "'" + bad + "'"))), useOf577());
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("[SmtpReplyCatalog] the SMTP reply catalog cannot be loaded: "
          + dir.resolve("extra-catalog.yaml").toAbsolutePath() + ":2:13: entry 577: constant must be an UPPER_SNAKE_CASE Java name");
      assertNoTrace(compilation);
    }
    Compilation none = compile(List.of(option(EXTRA.replace("  constant: EXAMPLE_POLICY_BLOCK\n", ""))), useOf577());
    assertThat(none).failed();
    assertThat(none).hadErrorCount(1);
    assertThat(none).hadErrorContaining("[SmtpReplyCatalog]");
    assertNoTrace(none);
  }

  static void assertNoTrace(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(null);
      assertThat(message).doesNotContain("Exception");
      assertThat(message).doesNotContain("\tat ");
      assertThat(message).doesNotContain("[SmtpReplyInternal]");
    }
  }
}

package org.smtpreply.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smtpreply.cli.SmtpReplyCliAccess.Run;
import org.smtpreply.fixtures.CatalogCopy;

/**
 * Every error path of the command line a user can reach, each with what the README documents:
 * one line on standard error, {@code error: ...} or {@code FILE:LINE:COLUMN: ...}, no Java class
 * name, no stack trace, the exit code of {@link ExitCodes}, and echoed input with its control
 * characters escaped (a terminal escape in a file name or a bounce text must not reach the terminal).
 */
class ErrorPathsTest {
  @TempDir static Path dir;

  /** The documented form: {@code error: } or a located file, and never a Java name or a trace. */
  private static final Pattern ONE_LINE = Pattern.compile("(error: |/[^:]+:[0-9]+:[0-9]+: |/[^:]*: ).+");
  private static final Pattern JAVA_NAME = Pattern.compile(
      "Exception|\\bat [a-z]+\\.|\\bjava\\.[a-z]+\\.|org\\.smtpreply\\.|com\\.fasterxml|picocli\\.");

  private static Path catalogLoop;
  private static Path catalogWithBrokenPattern;

  @BeforeAll
  static void hostileFiles() throws IOException {
    catalogLoop = CatalogCopy.into(dir.resolve("loop")).root();
    Files.delete(catalogLoop.resolve("basic.yaml"));
    Files.createSymbolicLink(catalogLoop.resolve("basic.yaml"), Path.of("basic.yaml"));
    catalogWithBrokenPattern = CatalogCopy.into(dir.resolve("ui")).root();
    Files.createDirectories(catalogWithBrokenPattern.resolve("ui"));
    Files.writeString(catalogWithBrokenPattern.resolve("ui/es.properties"), "fallback.note=Sin traducir: {0\n");
    Files.writeString(dir.resolve("not-xliff.xlf"), "\u0000\u00ff\u00fe garbage");
    Files.createDirectories(dir.resolve("empty"));
    // A usage index whose element holds a screen-clearing escape, echoed by the error about it.
    Files.writeString(dir.resolve("usages.json"), "{\"format\": 1, \"usages\": [{\"element\": \"demo.\\u001b[2JX\"}]}");
  }

  static Stream<Arguments> errors() {
    String out = dir.resolve("out").toString();
    String loop = catalogLoop.toString();
    return Stream.of(
        // Options picocli refuses, and those our converters refuse before any work.
        Arguments.of(ExitCodes.USAGE, List.of("no-such-command")),
        Arguments.of(ExitCodes.USAGE, List.of("generate")),
        Arguments.of(ExitCodes.USAGE, List.of("generate", "--out", out, "--base-url", "javascript:alert(1)//")),
        Arguments.of(ExitCodes.USAGE, List.of("generate", "--out", out, "--base-url", "not a url")),
        Arguments.of(ExitCodes.USAGE, List.of("generate", "--out", out, "--base-url", "https://x.example/?q=1")),
        Arguments.of(ExitCodes.USAGE, List.of("serve", "--port", "99999")),
        Arguments.of(ExitCodes.USAGE, List.of("serve", "--port", "-1")),
        Arguments.of(ExitCodes.USAGE, List.of("serve", "--port", "http")),
        Arguments.of(ExitCodes.USAGE, List.of("explain", "--lang", "xx", "550 5.1.1 x")),
        Arguments.of(ExitCodes.FAILED, List.of("translations", "export", "--locale", "xx", "--out", out + ".xlf",
            "--catalog-dir", CatalogCopy.DATA.toString())),
        Arguments.of(ExitCodes.USAGE, List.of("check", "--no-html", dir.resolve("empty").toString())),
        // Files that cannot be read as the catalog: located, exit 3.
        Arguments.of(ExitCodes.BAD_CATALOG, List.of("generate", "--out", out, "--catalog-dir", loop)),
        Arguments.of(ExitCodes.BAD_CATALOG, List.of("generate", "--out", out, "--catalog-dir", CatalogCopy.DATA.resolve("README.md").toString())),
        Arguments.of(ExitCodes.BAD_CATALOG, List.of("generate", "--out", out, "--catalog", "/")),
        Arguments.of(ExitCodes.BAD_CATALOG, List.of("generate", "--out", out, "--catalog", dir.resolve("empty").toString())),
        Arguments.of(ExitCodes.BAD_CATALOG, List.of("translations", "status", "--catalog-dir", loop)),
        Arguments.of(ExitCodes.BAD_CATALOG, List.of("generate", "--out", out, "--catalog-dir", catalogWithBrokenPattern.toString())),
        // Files the other commands read or write.
        Arguments.of(ExitCodes.FAILED, List.of("translations", "import", dir.resolve("not-xliff.xlf").toString())),
        Arguments.of(ExitCodes.FAILED, List.of("translations", "import", dir.resolve("missing.xlf").toString())),
        Arguments.of(ExitCodes.FAILED, List.of("translations", "import", dir.resolve("empty").toString())),
        Arguments.of(ExitCodes.FAILED, List.of("generate", "--out", "/")),
        Arguments.of(ExitCodes.FAILED, List.of("generate", "--out", dir.resolve("not-xliff.xlf").toString())),
        Arguments.of(ExitCodes.FAILED, List.of("generate", "--out", out, "--locales", "xx")),
        // Echoed input with terminal escapes: escaped, whatever the path.
        Arguments.of(ExitCodes.USAGE, List.of("generate", "--out", out, "--base-url", "\u001B]0;pwned\u0007")),
        Arguments.of(ExitCodes.BAD_CATALOG, List.of("generate", "--out", out, "--catalog-dir", dir.resolve("\u001B[2Jx").toString())),
        Arguments.of(ExitCodes.UNPARSED, List.of("explain", "\u001B[2Jnot a reply")),
        Arguments.of(ExitCodes.FAILED, List.of("generate", "--out", out, "--usages", dir.resolve("usages.json").toString())),
        // Branding that would reorder or break the page (D19): refused, naming the character.
        Arguments.of(ExitCodes.USAGE, List.of("generate", "--out", out, "--title", "Acme \u202E Mail")),
        Arguments.of(ExitCodes.USAGE, List.of("generate", "--out", out, "--footer", "Acme\u001B[2J")));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void everyErrorIsOneDocumentedLineWithItsExitCode(int code, List<String> args) {
    Run run = SmtpReplyCliAccess.run(args.toArray(String[]::new));
    List<String> lines = run.err().lines().toList();
    assertEquals(code, run.code(), run.err());
    assertEquals(1, lines.size(), run.err());
    assertTrue(ONE_LINE.matcher(lines.get(0)).matches(), lines.get(0));
    assertFalse(JAVA_NAME.matcher(run.err()).find(), run.err());
    assertNoControlCharacters(run.out() + run.err());
  }

  /** D13: an OSC title escape and a screen clear in bounce texts reached the terminal raw. */
  @Test
  void controlCharactersInExplainedRepliesAreEscaped() {
    Run run = SmtpReplyCliAccess.run("explain", "550 5.1.1 \u001B]0;pwned\u0007 x");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(run.out().contains("\\x1B]0;pwned\\x07"), run.out());
    assertNoControlCharacters(run.out() + run.err());
  }

  @Test
  void theWriterKeepsTabsAndLineBreaksAndEscapesTheRest() throws IOException {
    java.io.StringWriter sink = new java.io.StringWriter();
    try (TerminalSafeWriter writer = new TerminalSafeWriter(sink)) {
      writer.write("a\tb\r\nc\rd\u007F\u009B\u0000\n");
      writer.write('\r');
    }
    assertEquals("a\tb\r\nc\\x0Dd\\x7F\\x9B\\x00\n\\x0D", sink.toString());
  }

  private static void assertNoControlCharacters(String text) {
    List<String> found = new ArrayList<>();
    text.chars().filter(c -> TerminalSafeWriter.isControl(c) || c == '\r').forEach(c -> found.add(Integer.toHexString(c)));
    assertEquals(List.of(), found, text);
  }
}

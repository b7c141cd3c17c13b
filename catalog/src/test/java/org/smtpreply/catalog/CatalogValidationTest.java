package org.smtpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.fixtures.CatalogCopy;

/**
 * Every validation rule fails on a catalog broken in exactly that way, with one line that names
 * the file, the line and the entry.
 */
class CatalogValidationTest {
  @TempDir Path dir;

  private List<String> problemsOf(CatalogCopy fixture) {
    CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.directory(fixture.root()).load());
    return e.problems();
  }

  private void assertSingleProblem(CatalogCopy fixture, String file, int line, String entry, String message) {
    List<String> problems = problemsOf(fixture);
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    String problem = problems.get(0);
    String where = fixture.root().resolve(file) + ":" + line + ":";
    assertTrue(problem.startsWith(where), () -> problem + " should start with " + where);
    assertTrue(problem.contains("entry " + entry + ": "), () -> problem + " should name entry " + entry);
    assertTrue(problem.contains(message), () -> problem + " should say " + message);
    assertTrue(!problem.contains("\n") && !problem.contains("Exception"), problem);
  }

  @Test
  void theRealCatalogLoadsFromAFolderToo() {
    assertEquals(Catalog.builtIn(), CatalogLoader.directory(CatalogCopy.into(dir).root()).load());
  }

  @Test
  void aPhraseThatPointsToTwoReasons() {
    CatalogCopy fixture = CatalogCopy.into(dir).replace("reasons.yaml", "    - mailbox full\n", "    - user unknown\n");
    assertSingleProblem(fixture, "reasons.yaml", fixture.lineOfAfter("reasons.yaml", "id: mailbox-full", "- user unknown"),
        "mailbox-full", "phrase 'user unknown' already points to reason mailbox-unknown; a phrase points to one reason");
  }

  @Test
  void aSubjectThatSuggestsTwoReasons() {
    CatalogCopy fixture = CatalogCopy.into(dir).replace("reasons.yaml", "  subjects: [3]\n", "  subjects: [4]\n");
    assertSingleProblem(fixture, "reasons.yaml", fixture.lineOfAfter("reasons.yaml", "id: system", "subjects: [4]"),
        "system", "subject 4 already suggests reason network; a subject suggests one reason");
  }

  @Test
  void aProviderReplyWithAReasonTheCatalogDoesNotHave() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replaceAfter("providers.yaml", "- id: yahoo-tss04", "reason: rate-limited", "reason: too-fast");
    List<String> problems = problemsOf(fixture);
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    assertTrue(problems.get(0).startsWith(fixture.root().resolve("providers.yaml") + ":"), problems.get(0));
    assertTrue(problems.get(0).contains("entry yahoo-tss04: ") && problems.get(0).contains("must be one of the reason ids"),
        problems.get(0));
  }

  @Test
  void duplicateCode() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .append("basic.yaml", "- code: 354\n  constant: START_MAIL_INPUT_AGAIN\n  references:\n    - rfc: 5321\n");
    assertSingleProblem(fixture, "basic.yaml", fixture.lineOf("basic.yaml", "- code: 354\n  constant: START_MAIL_INPUT_AGAIN"),
        "354", "code is defined twice (first at line " + fixture.lineOf("basic.yaml", "- code: 354") + ")");
  }

  @Test
  void codeOutOfRange() {
    CatalogCopy fixture = CatalogCopy.into(dir).replace("basic.yaml", "- code: 421", "- code: 621");
    List<String> problems = problemsOf(fixture);
    int line = fixture.lineOf("basic.yaml", "- code: 621");
    assertTrue(problems.get(0).startsWith(fixture.root().resolve("basic.yaml") + ":" + line + ":"), problems.get(0));
    assertTrue(problems.get(0).contains("entry 621: code must be three digits from 200 to 599"), problems.get(0));
  }

  @Test
  void unknownField() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replace("basic.yaml", "- code: 421\n", "- code: 421\n  colour: red\n");
    List<String> problems = problemsOf(fixture);
    assertEquals(1, problems.size(), problems::toString);
    int line = fixture.lineOf("basic.yaml", "colour: red");
    assertTrue(problems.get(0).startsWith(fixture.root().resolve("basic.yaml") + ":" + line + ":"), problems.get(0));
    assertTrue(problems.get(0).contains("unknown field 'colour'; the known fields are code, commands, constant"), problems.get(0));
  }

  @Test
  void missingSpanishText() {
    CatalogCopy fixture = CatalogCopy.into(dir).replace("es/basic.yaml", "\"550\":", "\"559\":");
    List<String> problems = problemsOf(fixture);
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(fixture.root().resolve("basic.yaml") + ":"
        + fixture.lineOf("basic.yaml", "- code: 550") + ":") && p.contains("entry 550: has no Español text in")),
        problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.contains("entry 559: no such code")), problems::toString);
  }

  @Test
  void emptyText() {
    CatalogCopy fixture = CatalogCopy.into(dir);
    int line = fixture.lineOf("en/basic.yaml", "\"421\":");
    fixture.replace("en/basic.yaml", "\"421\":\n  title: ", "\"421\":\n  title: \"\"\n  x_title: ");
    List<String> problems = problemsOf(fixture);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(fixture.root().resolve("en/basic.yaml") + ":" + (line + 2) + ":")
        && p.contains("entry 421: unknown field 'x_title'")), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(fixture.root().resolve("en/basic.yaml") + ":" + (line + 1) + ":")
        && p.contains("entry 421: 'title' is missing or empty")), problems::toString);
  }

  @Test
  void blankTitle() {
    CatalogCopy fixture = CatalogCopy.into(dir);
    String text = fixture.read("en/basic.yaml");
    int start = text.indexOf("\"421\":\n  title: ") + "\"421\":\n  title: ".length();
    int end = text.indexOf('\n', start);
    fixture.write("en/basic.yaml", text.substring(0, start) + "\"  \"" + text.substring(end));
    assertSingleProblem(fixture, "en/basic.yaml", fixture.lineOf("en/basic.yaml", "\"421\":") + 1, "421",
        "'title' is missing or empty");
  }

  @Test
  void enhancedCodeOfTheWrongClassOnABasicCode() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replaceAfter("basic.yaml", "- code: 550", "\"5.1.1\"", "\"4.1.1\"");
    assertSingleProblem(fixture, "basic.yaml", fixture.lineOfAfter("basic.yaml", "- code: 550", "\"4.1.1\""), "550",
        "enhanced code 4.1.1 is of class 4 but the reply is 5xx; use 5.1.1");
  }

  @Test
  void associationWithAMissingBasicCode() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replace("enhanced.yaml", "basic: [451, 550]", "basic: [451, 599]");
    assertSingleProblem(fixture, "enhanced.yaml", fixture.lineOf("enhanced.yaml", "basic: [451, 599]"), "X.1.1",
        "associated basic code 599 is not in basic.yaml");
  }

  @Test
  void relatedCodeThatDoesNotExist() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replaceAfter("basic.yaml", "- code: 550", "related: [", "related: [598, ");
    assertSingleProblem(fixture, "basic.yaml", fixture.lineOf("basic.yaml", "related: [598, "), "550",
        "related code 598 is not in basic.yaml");
  }

  @Test
  void duplicateConstant() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replace("basic.yaml", "constant: SERVICE_NOT_AVAILABLE", "constant: MAILBOX_UNAVAILABLE");
    List<String> problems = problemsOf(fixture);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).contains("entry 550: constant MAILBOX_UNAVAILABLE is already used at line "
        + fixture.lineOf("basic.yaml", "- code: 421")), problems.get(0));
  }

  @Test
  void constantThatIsNotAJavaName() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replace("basic.yaml", "constant: SERVICE_NOT_AVAILABLE", "constant: service-not-available");
    assertSingleProblem(fixture, "basic.yaml", fixture.lineOf("basic.yaml", "constant: service-not-available"), "421",
        "constant must be an UPPER_SNAKE_CASE Java name");
  }

  @Test
  void codeWithoutReferencesNotMarkedNonStandard() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .deleteAfter("basic.yaml", "- code: 571", "  nonStandard: true", "  commands:");
    List<String> problems = problemsOf(fixture);
    assertTrue(problems.stream().anyMatch(p -> p.contains("entry 571: no RFC defines this code")), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.contains("entry 571: 'origin' is for non-standard basic codes only")),
        problems::toString);
  }

  @Test
  void nonStandardCodeWithoutOriginInALocale() throws IOException {
    CatalogCopy fixture = CatalogCopy.into(dir);
    // 571 is the file's last entry, and origin its last field: cut the file there.
    Path spanish = fixture.root().resolve("es/basic.yaml");
    String text = Files.readString(spanish);
    Files.writeString(spanish, text.substring(0, text.indexOf("  origin: >-", text.indexOf("\"571\":"))));
    assertSingleProblem(fixture, "es/basic.yaml", fixture.lineOf("es/basic.yaml", "\"571\":"), "571",
        "a non-standard code needs 'origin'");
  }

  @Test
  void enhancedCodeOnAnIntermediateReply() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replaceAfter("basic.yaml", "- code: 354", "enhanced: []", "enhanced: [\"3.0.0\"]");
    List<String> problems = problemsOf(fixture);
    assertTrue(problems.stream().anyMatch(p -> p.contains("entry 354: ")), problems::toString);
  }

  @Test
  void yamlSyntaxError() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replace("es/basic.yaml", "\"550\":\n  title: ", "\"550\":\n  title: [unclosed\n  x: ");
    List<String> problems = problemsOf(fixture);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith(fixture.root().resolve("es/basic.yaml") + ":"
        + fixture.lineOf("es/basic.yaml", "  x: ") + ":"), problems.get(0));
    assertTrue(problems.get(0).contains("YAML syntax error"), problems.get(0));
  }

  @Test
  void duplicateKeyInATextFile() {
    CatalogCopy fixture = CatalogCopy.into(dir);
    int first = fixture.lineOf("es/basic.yaml", "\"221\":");
    fixture.append("es/basic.yaml", "\"221\":\n  title: Otra vez\n");
    int second = (int) fixture.read("es/basic.yaml").lines().count() - 1;
    assertSingleProblem(fixture, "es/basic.yaml", second, "221",
        "key \"221\" is written twice (first at line " + first + "); keep one of them");
  }

  @Test
  void enhancedCodeOnABasicCodeThatIsNotInTheRegistry() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replaceAfter("basic.yaml", "- code: 550", "\"5.1.1\"", "\"5.9.9\"");
    assertSingleProblem(fixture, "basic.yaml", fixture.lineOf("basic.yaml", "\"5.9.9\""), "550",
        "enhanced code 5.9.9 is not in enhanced.yaml; add it there or remove it here");
  }

  @Test
  void associationWithAnIntermediateReply() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replace("enhanced.yaml", "basic: [451, 550]", "basic: [354, 451, 550]");
    assertSingleProblem(fixture, "enhanced.yaml", fixture.lineOf("enhanced.yaml", "basic: [354, 451, 550]"), "X.1.1",
        "associated basic code 354 is a 3yz reply, which carries no enhanced code");
  }

  @Test
  void emptyCauseItem() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replaceAfter("es/enhanced.yaml", "\"X.2.2\":", "  causes:\n", "  causes:\n    - \"  \"\n");
    assertSingleProblem(fixture, "es/enhanced.yaml", fixture.lineOf("es/enhanced.yaml", "    - \"  \""), "X.2.2",
        "'causes[0]' is missing or empty");
  }

  @Test
  void unknownFieldInEnhancedYaml() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replace("enhanced.yaml", "- code: X.2.2\n", "- code: X.2.2\n  severity: high\n");
    assertSingleProblem(fixture, "enhanced.yaml", fixture.lineOf("enhanced.yaml", "severity: high"), "X.2.2",
        "unknown field 'severity'; the known fields are basic, code, constant, rfcs");
  }

  @Test
  void unknownFieldInGuidesYaml() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replace("es/guides.yaml", "bounces:\n", "bounces:\n  author: nadie\n");
    assertSingleProblem(fixture, "es/guides.yaml", fixture.lineOf("es/guides.yaml", "author: nadie"), "bounces",
        "unknown field 'author'; the known fields are body, summary, title");
  }

  @Test
  void enhancedCodeWrittenWithoutX() {
    CatalogCopy fixture = CatalogCopy.into(dir).replace("enhanced.yaml", "- code: X.2.2\n", "- code: 5.2.2\n");
    List<String> problems = problemsOf(fixture);
    assertTrue(problems.get(0).startsWith(fixture.root().resolve("enhanced.yaml") + ":"
        + fixture.lineOf("enhanced.yaml", "- code: 5.2.2") + ":"), problems.get(0));
    assertTrue(problems.get(0).contains("entry 5.2.2: code must be written X.subject.detail"), problems.get(0));
  }

  @Test
  void transientFormOnABasicCode() {
    CatalogCopy fixture = CatalogCopy.into(dir)
        .replace("en/basic.yaml", "\"421\":\n", "\"421\":\n  transient: Not for basic codes.\n");
    assertSingleProblem(fixture, "en/basic.yaml", fixture.lineOf("en/basic.yaml", "\"421\":"), "421",
        "'transient' and 'permanent' are for enhanced codes only");
  }
}

package org.smtpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.catalog.translation.LocaleStatus;

/** An organization's own codes, added with an extra catalog file. */
class ExtraCatalogTest {
  @TempDir Path dir;

  /** A valid extra entry; {@code %s} slots let tests break one field at a time. */
  static String entry(String code, String constant, String origin, String related) {
    return String.join("\n",
        "- code: " + code,
        "  constant: " + constant,
        "  references: []",
        "  commands: [RCPT]",
        "  enhanced: [\"5.7.1\"]",
        "  related: [" + related + "]",
        "  texts:",
        "    en:",
        "      title: Blocked by the Example gateway",
        "      summary: The Example gateway refused the recipient by local policy.",
        "      causes: [A policy rule matched]",
        "      sender: Contact the recipient by another channel.",
        "      admin: Check the gateway's policy log.",
        "      retry: Do not retry.",
        origin == null ? "" : "      origin: \"" + origin + "\"",
        "    es:",
        "      title: Bloqueado por la pasarela Example",
        "      summary: La pasarela Example rechazó al destinatario por una política local.",
        "      causes: [Una regla de política coincidió]",
        "      sender: Contacte con el destinatario por otra vía.",
        "      admin: Revise el registro de políticas de la pasarela.",
        "      retry: No reintente.",
        origin == null ? "" : "      origin: \"Pasarela de " + origin + "\"",
        "");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private List<String> problems(Path extra) {
    return assertThrows(CatalogException.class, () -> CatalogLoader.builtIn().withExtras(List.of(extra)).load()).problems();
  }

  @Test
  void extraCodeJoinsTheCatalogWithItsTextsInEveryLocale() throws IOException {
    Path extra = write("extra.yaml", entry("577", "EXAMPLE_POLICY_BLOCK", "Example Corp gateway", "550"));
    Catalog catalog = CatalogLoader.builtIn().withExtras(List.of(extra)).load();
    ReplyCode code = catalog.basic(577).orElseThrow();
    assertFalse(code.isStandard());
    assertEquals("Example Corp gateway", catalog.text(code, "en").value().origin().orElseThrow());
    assertEquals("Pasarela de Example Corp gateway", catalog.text(code, "es").value().origin().orElseThrow());
    assertEquals("EXAMPLE_POLICY_BLOCK", code.constant());
    assertEquals("Bloqueado por la pasarela Example", catalog.text(code, "es").value().title());
    assertEquals(Catalog.builtIn().basicCodes().size() + 1, catalog.basicCodes().size());
    assertTrue(Catalog.builtIn().basic(577).isEmpty(), "the built-in catalog is not changed");
  }

  @Test
  void extraCodeCannotRedefineABuiltInCode() throws IOException {
    Path extra = write("extra.yaml", entry("550", "MY_550", "Example Corp", "551"));
    assertEquals(List.of(extra.toAbsolutePath() + ":1:3: entry 550: the built-in catalog already defines 550;"
        + " an extra catalog adds codes and cannot redefine one, so choose a code it does not have"), problems(extra));
  }

  @Test
  void extraCodeNeedsAnOrigin() throws IOException {
    Path extra = write("extra.yaml", entry("577", "EXAMPLE_POLICY_BLOCK", null, "550"));
    List<String> problems = problems(extra);
    assertEquals(List.of(extra.toAbsolutePath() + ":8:5: entry 577: an extra code is non-standard: give its 'origin' in each"
        + " locale's texts, who uses it (your product or organization)", extra.toAbsolutePath() + ":16:5: entry 577: an"
        + " extra code is non-standard: give its 'origin' in each locale's texts, who uses it (your product or organization)"),
        problems);
  }

  @Test
  void extraCodeNeedsItsSourceText() throws IOException {
    String content = entry("577", "EXAMPLE_POLICY_BLOCK", "Example Corp", "550");
    Path extra = write("extra.yaml", content.substring(0, content.indexOf("    en:"))
        + content.substring(content.indexOf("    es:")));
    assertEquals(List.of(extra.toAbsolutePath() + ":1:3: entry 577: has no English text; write it under 'texts', key en"),
        problems(extra));
  }

  @Test
  void aMissingTranslationOfAnExtraCodeIsReportedAtItsEntryNotRefused() throws IOException {
    String content = entry("577", "EXAMPLE_POLICY_BLOCK", "Example Corp", "550");
    Path extra = write("extra.yaml", content.substring(0, content.indexOf("    es:")));
    Catalog catalog = CatalogLoader.builtIn().withExtras(List.of(extra)).load();
    assertFalse(catalog.hasOwnText("577", "es"));
    assertEquals("en", catalog.text(catalog.basic(577).orElseThrow(), "es").language());
    LocaleStatus status = LocaleStatus.of(catalog, catalog.locales().find("es").orElseThrow());
    assertEquals(List.of(extra.toAbsolutePath() + ":1:3: entry 577 (Blocked by the Example gateway): missing"),
        status.problems(catalog));
  }

  @Test
  void extraTextsWrittenTogetherAreTranslatedUntilAConfirmationIsRecorded() throws IOException {
    Path extra = write("extra.yaml", entry("577", "EXAMPLE_POLICY_BLOCK", "Example Corp", "550"));
    Catalog catalog = CatalogLoader.builtIn().withExtras(List.of(extra)).load();
    assertTrue(catalog.isAuthored("577", "es"));
    assertTrue(LocaleStatus.of(catalog, catalog.locales().find("es").orElseThrow()).isComplete());

    write("extra.fingerprints.yaml", "es:\n  \"577\": 0123456789ab\n");
    Catalog tracked = CatalogLoader.builtIn().withExtras(List.of(extra)).load();
    assertFalse(tracked.isAuthored("577", "es"));
    assertEquals(List.of(extra.toAbsolutePath() + ":1:3: entry 577 (Blocked by the Example gateway): stale:"
        + " not confirmed against the current source text of title, summary, causes.1, sender, admin, retry, origin"),
        LocaleStatus.of(tracked, tracked.locales().find("es").orElseThrow()).problems(tracked));
  }

  @Test
  void aFingerprintOfACodeTheFileLacksIsReportedWhereItIs() throws IOException {
    Path extra = write("extra.yaml", entry("577", "EXAMPLE_POLICY_BLOCK", "Example Corp", "550"));
    Path prints = write("extra.fingerprints.yaml", "es:\n  \"578\": 0123456789ab\n");
    List<String> problems = problems(extra);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith(prints.toAbsolutePath() + ":2:3: entry 578: no such code in "
        + extra.toAbsolutePath()), problems.get(0));
  }

  @Test
  void extraCodeIsCheckedLikeABuiltInOne() throws IOException {
    Path extra = write("extra.yaml", entry("577", "EXAMPLE_POLICY_BLOCK", "Example Corp", "598"));
    List<String> problems = problems(extra);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith(extra.toAbsolutePath() + ":"), problems.get(0));
    assertTrue(problems.get(0).endsWith(": entry 577: related code 598 is not in basic.yaml"), problems.get(0));
  }

  @Test
  void constantTakenByABuiltInCodeIsRejected() throws IOException {
    Path extra = write("extra.yaml", entry("577", "MAILBOX_UNAVAILABLE", "Example Corp", "550"));
    List<String> problems = problems(extra);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("entry 577: constant MAILBOX_UNAVAILABLE is already used at catalog/data/basic.yaml:"),
        problems.get(0));
  }

  @Test
  void constantIsCheckedByTheExtraFilesSchema() throws IOException {
    String valid = entry("577", "EXAMPLE_POLICY_BLOCK", "Example Corp", "550");
    for (String bad : List.of("example-block", "_", "1BLOCK", "Example_Block")) {
      Path extra = write("extra.yaml", valid.replace("EXAMPLE_POLICY_BLOCK", "\"" + bad + "\""));
      assertEquals(List.of(extra.toAbsolutePath() + ":2:13: entry 577: constant must be an UPPER_SNAKE_CASE Java name,"
          + " such as MAILBOX_UNAVAILABLE"), problems(extra), bad);
    }
    Path none = write("extra.yaml", valid.replace("  constant: EXAMPLE_POLICY_BLOCK\n", ""));
    List<String> problems = problems(none);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith(none.toAbsolutePath() + ":1:3: entry 577: "), problems.get(0));
    assertTrue(problems.get(0).contains("constant"), problems.get(0));
  }

  @Test
  void unknownFieldIsReportedWhereItIs() throws IOException {
    Path extra = write("extra.yaml", entry("577", "EXAMPLE_POLICY_BLOCK", "Example Corp", "550")
        .replace("  commands:", "  comands:"));
    List<String> problems = problems(extra);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(extra.toAbsolutePath() + ":4:3: entry 577: unknown field 'comands'"),
        problems.get(0));
  }

  @Test
  void missingExtraFileIsOneLine() {
    Path missing = dir.resolve("nowhere.yaml");
    assertEquals(List.of(missing.toAbsolutePath() + ": file is missing; the catalog needs it"), problems(missing));
  }
}

package org.smtpreply.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogLoader;

/** What generate and the Maven plugin check before publishing. */
class TranslationGateTest {
  private static final String ENGLISH_ONLY = """
      - code: 577
        constant: EXAMPLE_POLICY_BLOCK
        commands: [RCPT]
        enhanced: ["5.7.1"]
        related: [550]
        texts:
          en:
            title: Blocked by the Example gateway policy
            summary: The Example Corp gateway refused the recipient because a local policy rule matched.
            causes: [A policy rule of the gateway matched the sender or the recipient]
            sender: Contact the recipient by another channel and quote the reply.
            admin: Look up the matching rule in the gateway's policy log.
            retry: Do not retry; the same rule will match again.
            origin: Example Corp mail gateway
      """;

  @TempDir Path dir;

  @Test
  void theBuiltInCatalogPassesStrictMode() {
    TranslationGate gate = TranslationGate.check(Catalog.builtIn(), List.of(), true);
    assertTrue(gate.passes());
    assertEquals(1, gate.complete().size(), gate.complete().toString());
    assertTrue(gate.complete().get(0).startsWith("es: "), gate.complete().get(0));
  }

  @Test
  void anExtraEntryWithoutSpanishFailsStrictModeNamingItsFileAndLine() throws IOException {
    Path extra = Files.writeString(dir.resolve("extra.yaml"), ENGLISH_ONLY);
    Catalog catalog = CatalogLoader.builtIn().withExtras(List.of(extra)).load();

    TranslationGate strict = TranslationGate.check(catalog, List.of(), true);
    assertFalse(strict.passes());
    assertEquals(List.of(extra + ":1:3: entry 577 (Blocked by the Example gateway policy): missing"), strict.problems());

    TranslationGate lenient = TranslationGate.check(catalog, List.of(), false);
    assertTrue(lenient.passes(), "outside strict mode an incomplete locale is a warning");
    assertEquals(1, lenient.incomplete().size());

    TranslationGate english = TranslationGate.check(catalog, List.of("EN"), true);
    assertTrue(english.passes(), "publishing English alone needs no Spanish");
    assertEquals(List.of(), english.incomplete());
  }
}

package org.smtpreply.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.fixtures.BounceCorpus;

/**
 * Our reasons against Sisimai's, the reference bounce analyzer, on every message of the bounce
 * corpus, as recorded in sisimai.yaml (Sisimai's side is refreshed by
 * {@code benchmarks/bounces/compare.sh --reasons}; this test needs no Perl). Wherever the two
 * readings differ, the file must say which one is right and why.
 */
class SisimaiComparisonTest {
  private static final String NOT_A_BOUNCE = "not-a-bounce";
  private static JsonNode sisimai;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = Files.newInputStream(BounceCorpus.folder().resolve("sisimai.yaml"))) {
      sisimai = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
  }

  static List<BounceCorpus.FileCase> files() {
    return BounceCorpus.files();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyRecipientHasBothReadingsAndEveryDifferenceItsWhy(BounceCorpus.FileCase c) {
    JsonNode entries = sisimai.path("files").path(c.file());
    assertTrue(entries.isArray() && entries.size() > 0, c.file() + ": not in sisimai.yaml; run benchmarks/bounces/compare.sh --reasons");
    List<JsonNode> messages = new ArrayList<>();
    if (c.expected().has("messages")) {
      c.expected().get("messages").forEach(messages::add);
    } else {
      messages.add(c.expected());
    }
    Map<String, JsonNode> recorded = new HashMap<>();
    for (JsonNode entry : entries) {
      int message = entry.path("message").asInt();
      String recipient = text(entry.path("recipient"));
      String where = c.file() + " #" + message + " " + recipient;
      assertTrue(message >= 1 && message <= messages.size(), where + ": no such message in expected.yaml");
      assertEquals(ours(messages.get(message - 1), recipient), text(entry.path("ours")),
          where + ": `ours` is not expected.yaml's reason");
      String theirs = mapped(where, text(entry.path("sisimai")));
      if (!Objects.equals(theirs, text(entry.path("ours")))) {
        assertTrue(!entry.path("why").asText("").isBlank(),
            where + ": Sisimai says " + theirs + ", we say " + text(entry.path("ours")) + "; write a `why`");
      }
      recorded.put(message + " " + recipient, entry);
    }
    for (int i = 0; i < messages.size(); i++) {
      for (JsonNode result : messages.get(i).path("results")) {
        String key = (i + 1) + " " + text(result.path("recipient"));
        assertTrue(recorded.containsKey(key), c.file() + " #" + key + ": recipient missing from sisimai.yaml");
      }
    }
  }

  @Test
  void everyFileOfSisimaiYamlIsInTheCorpus() {
    List<String> corpus = BounceCorpus.files().stream().map(BounceCorpus.FileCase::file).toList();
    sisimai.path("files").fieldNames().forEachRemaining(
        file -> assertTrue(corpus.contains(file), file + ": in sisimai.yaml but not in expected.yaml"));
  }

  @Test
  void everyMappingNamesOneOfOurReasons() {
    Catalog catalog = Catalog.builtIn();
    sisimai.path("mapping").properties().forEach(e -> assertTrue(catalog.reason(e.getValue().asText()).isPresent(),
        "mapping " + e.getKey() + ": " + e.getValue().asText() + " is not a reason of catalog/data/reasons.yaml"));
  }

  /** Our reason for {@code recipient} in one message of expected.yaml; null when we report no failure for it. */
  private static String ours(JsonNode message, String recipient) {
    if (message.path("verdict").asText().equals("no-failure")) {
      return NOT_A_BOUNCE;
    }
    for (JsonNode result : message.path("results")) {
      if (Objects.equals(text(result.path("recipient")), recipient)) {
        return result.path("reason").asText();
      }
    }
    return null;
  }

  /** Sisimai's reason as one of ours; Sisimai reporting nothing reads as not-a-bounce. */
  private static String mapped(String where, String reason) {
    if (reason == null) {
      return NOT_A_BOUNCE;
    }
    JsonNode to = sisimai.path("mapping").path(reason);
    assertTrue(to.isTextual(), where + ": Sisimai's reason " + reason + " has no mapping in sisimai.yaml");
    return to.asText();
  }

  private static String text(JsonNode node) {
    return node.isNull() || node.isMissingNode() ? null : node.asText();
  }
}

package org.smtpreply.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smtpreply.catalog.bounce.Diagnosis;
import org.smtpreply.core.EnhancedStatus;
import org.smtpreply.fixtures.BounceCorpus;

/**
 * Reads every message and log line of the shared bounce corpus (test-fixtures, bounces/) and
 * compares what it finds for each failed recipient with what an experienced postmaster wrote
 * down in expected.yaml: recipient, action, codes, reason, both verdicts, provider, remote server.
 */
class BounceCorpusTest {
  private static final BounceReader READER = BounceReader.builtIn();

  static List<BounceCorpus.FileCase> files() {
    return BounceCorpus.files();
  }

  static List<BounceCorpus.LineCase> lines() {
    return BounceCorpus.lines();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachMessageReadsAsExpected(BounceCorpus.FileCase c) throws IOException {
    List<BounceMessage> messages;
    try (InputStream in = Files.newInputStream(BounceCorpus.folder().resolve(c.file()))) {
      messages = READER.read(in);
    }
    List<JsonNode> wanted = new ArrayList<>();
    if (c.expected().has("messages")) {
      c.expected().get("messages").forEach(wanted::add);
    } else {
      wanted.add(c.expected());
    }
    assertEquals(wanted.size(), messages.size(), c.file() + ": messages");
    for (int i = 0; i < wanted.size(); i++) {
      check(c.file() + " #" + (i + 1), wanted.get(i), messages.get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void eachLogLineReadsAsExpected(BounceCorpus.LineCase c) {
    Optional<Diagnosis> read = READER.readLine(c.line());
    if (c.expected().path("verdict").asText().equals("no-failure")) {
      assertTrue(read.isEmpty() || !read.get().report().action().isFailure(), c.line() + ": reports no failure");
      return;
    }
    assertTrue(read.isPresent(), c.line() + ": nothing read");
    assertEquals(BounceCorpus.fields(c.expected()), fields(read.get()), c.line());
  }

  @Test
  void theCorpusIsLargeEnoughToMeanSomething() {
    assertTrue(BounceCorpus.files().size() >= 40, "bounce messages");
    assertTrue(BounceCorpus.lines().size() >= 60, "log lines");
  }

  private static void check(String where, JsonNode expected, BounceMessage message) {
    String noFailure = expected.path("noFailure").isNull() ? null : expected.path("noFailure").asText(null);
    assertEquals(noFailure, message.noFailure().map(NoFailure::id).orElse(null), where + ": no-failure kind");
    List<Map<String, Object>> want = new ArrayList<>();
    expected.path("results").forEach(r -> want.add(BounceCorpus.fields(r)));
    List<Map<String, Object>> got = new ArrayList<>();
    message.results().forEach(d -> got.add(fields(d)));
    assertEquals(want, got, where);
  }

  private static Map<String, Object> fields(Diagnosis d) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("recipient", d.report().recipient().orElse(null));
    f.put("action", d.report().action().id());
    f.put("code", d.report().code().isPresent() ? d.report().code().getAsInt() : null);
    f.put("enhanced", d.report().enhanced().map(EnhancedStatus::toString).orElse(null));
    f.put("reason", d.reason().id());
    f.put("suppressAddress", d.suppressAddress());
    f.put("retry", d.retry());
    f.put("provider", d.provider().map(p -> p.id()).orElse(null));
    f.put("remoteMta", d.report().remoteMta().orElse(null));
    return f;
  }
}

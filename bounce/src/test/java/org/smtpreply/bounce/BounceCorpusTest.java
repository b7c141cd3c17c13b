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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smtpreply.catalog.bounce.Diagnosis;
import org.smtpreply.core.EnhancedStatus;
import org.smtpreply.fixtures.Corpus;

/**
 * Reads every message and log line of the shared bounce corpus (test-fixtures, bounces/) and
 * compares what it finds for each failed recipient with what an experienced postmaster wrote
 * down in expected.yaml: recipient, action, codes, reason, both verdicts, provider, remote server.
 */
class BounceCorpusTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final BounceReader READER = BounceReader.builtIn();

  static JsonNode expected() throws IOException {
    try (InputStream in = Files.newInputStream(Corpus.folder("bounces").resolve("expected.yaml"))) {
      return YAML.readTree(in);
    }
  }

  static Stream<Arguments> files() throws IOException {
    List<Arguments> files = new ArrayList<>();
    expected().get("files").properties().forEach(e -> files.add(Arguments.of(e.getKey(), e.getValue())));
    return files.stream();
  }

  static Stream<Arguments> lines() throws IOException {
    List<Arguments> lines = new ArrayList<>();
    expected().get("lines").forEach(l -> lines.add(Arguments.of(l.get("line").asText(), l)));
    return lines.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachMessageReadsAsExpected(String file, JsonNode expected) throws IOException {
    List<BounceMessage> messages;
    try (InputStream in = Files.newInputStream(Corpus.folder("bounces").resolve(file))) {
      messages = READER.read(in);
    }
    List<JsonNode> wanted = new ArrayList<>();
    if (expected.has("messages")) {
      expected.get("messages").forEach(wanted::add);
    } else {
      wanted.add(expected);
    }
    assertEquals(wanted.size(), messages.size(), file + ": messages");
    for (int i = 0; i < wanted.size(); i++) {
      check(file + " #" + (i + 1), wanted.get(i), messages.get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void eachLogLineReadsAsExpected(String line, JsonNode expected) {
    Optional<Diagnosis> read = READER.readLine(line);
    if (expected.path("verdict").asText().equals("no-failure")) {
      assertTrue(read.isEmpty() || !read.get().report().action().isFailure(), line + ": reports no failure");
      return;
    }
    assertTrue(read.isPresent(), line + ": nothing read");
    assertEquals(fields(expected), fields(read.get()), line);
  }

  @Test
  void theCorpusCoversEveryReasonAndProvider() throws IOException {
    JsonNode expected = expected();
    assertTrue(expected.get("files").size() >= 40, "bounce messages");
    assertTrue(expected.get("lines").size() >= 60, "log lines");
  }

  private static void check(String where, JsonNode expected, BounceMessage message) {
    String noFailure = expected.path("noFailure").isNull() ? null : expected.path("noFailure").asText(null);
    assertEquals(noFailure, message.noFailure().map(NoFailure::id).orElse(null), where + ": no-failure kind");
    List<Map<String, Object>> want = new ArrayList<>();
    expected.path("results").forEach(r -> want.add(fields(r)));
    List<Map<String, Object>> got = new ArrayList<>();
    message.results().forEach(d -> got.add(fields(d)));
    assertEquals(want, got, where);
  }

  private static Map<String, Object> fields(JsonNode r) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("recipient", text(r.get("recipient")));
    f.put("action", text(r.get("action")));
    f.put("code", r.get("code") == null || r.get("code").isNull() ? null : r.get("code").asInt());
    f.put("enhanced", text(r.get("enhanced")));
    f.put("reason", text(r.get("reason")));
    f.put("suppressAddress", r.get("suppressAddress").asBoolean());
    f.put("retry", r.get("retry").asBoolean());
    f.put("provider", text(r.get("provider")));
    f.put("remoteMta", text(r.get("remoteMta")));
    return f;
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

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}

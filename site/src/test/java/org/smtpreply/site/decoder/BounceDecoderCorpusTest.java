package org.smtpreply.site.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.fixtures.Corpus;
import org.smtpreply.site.pages.BounceDataRenderer;

/**
 * The decoder's bounce reader (assets/bounce.js, run in Node.js, with the catalog's data as the
 * site generator writes it) reads every message and log line of the shared bounce corpus
 * (test-fixtures, bounces/) as expected.yaml says, field by field as the Java reader's
 * BounceCorpusTest checks them: recipient, action, codes, reason, both verdicts, provider, remote
 * server, and the kind of a message that reports no failure. {@code -Dbrowser.skip=true} skips it
 * with the other JavaScript tests.
 */
class BounceDecoderCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<String> FIELDS = List.of("recipient", "action", "code", "enhanced", "reason",
      "suppressAddress", "retry", "provider", "remoteMta");

  @TempDir static Path dir;
  private static JsonNode decoded;

  static JsonNode expected() throws IOException {
    try (InputStream in = Files.newInputStream(Corpus.folder("bounces").resolve("expected.yaml"))) {
      return YAML.readTree(in);
    }
  }

  @BeforeAll
  static void readTheCorpusInNode() throws IOException, InterruptedException, URISyntaxException {
    Assumptions.assumeFalse(Boolean.getBoolean("browser.skip"), "-Dbrowser.skip=true skips the JavaScript tests");
    JsonNode expected = expected();
    ObjectNode input = JSON.createObjectNode();
    ArrayNode files = input.putArray("files");
    for (Map.Entry<String, JsonNode> file : expected.get("files").properties()) {
      files.addObject().put("name", file.getKey())
          .put("text", Files.readString(Corpus.folder("bounces").resolve(file.getKey()), StandardCharsets.UTF_8));
    }
    ArrayNode lines = input.putArray("lines");
    expected.get("lines").forEach(l -> lines.add(l.get("line").asText()));
    Path inputFile = dir.resolve("input.json");
    JSON.writeValue(inputFile.toFile(), input);
    Path data = dir.resolve("data.json");
    JSON.writeValue(data.toFile(), BounceDataRenderer.data(Catalog.builtIn(), "en"));
    Path bounce = Path.of(BounceDecoderCorpusTest.class.getResource("/org/smtpreply/site/assets/bounce.js").toURI());
    Path driver = Path.of(BounceDecoderCorpusTest.class.getResource("bounce-corpus.js").toURI());
    Path output = dir.resolve("output.json");
    Process node = new ProcessBuilder(System.getProperty("node", "node"), driver.toString(), bounce.toString(),
        data.toString(), inputFile.toString(), output.toString()).redirectErrorStream(true).start();
    String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node did not finish");
    assertEquals(0, node.exitValue(), log);
    decoded = JSON.readTree(output.toFile());
  }

  static Stream<Arguments> files() throws IOException {
    return expected().get("files").properties().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  static Stream<Arguments> lines() throws IOException {
    JsonNode all = expected().get("lines");
    return IntStream.range(0, all.size()).mapToObj(i -> Arguments.of(all.get(i).get("line").asText(), i, all.get(i)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachMessageReadsInTheBrowserAsExpected(String file, JsonNode expected) {
    List<JsonNode> wanted = new ArrayList<>();
    if (expected.has("messages")) {
      expected.get("messages").forEach(wanted::add);
    } else {
      wanted.add(expected);
    }
    JsonNode messages = decoded.get("files").get(file);
    assertEquals(wanted.size(), messages.size(), file + ": messages");
    for (int i = 0; i < wanted.size(); i++) {
      String where = file + " #" + (i + 1);
      JsonNode want = wanted.get(i);
      JsonNode got = messages.get(i);
      String noFailure = want.path("noFailure").isNull() ? null : want.path("noFailure").asText(null);
      assertEquals(noFailure, got.get("noFailure").isNull() ? null : got.get("noFailure").asText(), where + ": no-failure kind");
      List<Map<String, String>> wantResults = new ArrayList<>();
      want.path("results").forEach(r -> wantResults.add(fields(r)));
      List<Map<String, String>> gotResults = new ArrayList<>();
      got.get("results").forEach(r -> gotResults.add(fields(r)));
      assertEquals(wantResults, gotResults, where);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void eachLogLineReadsInTheBrowserAsExpected(String line, int index, JsonNode expected) {
    JsonNode got = decoded.get("lines").get(index);
    if (expected.path("verdict").asText().equals("no-failure")) {
      assertTrue(got.isNull() || !List.of("failed", "delayed").contains(got.get("action").asText()),
          line + ": reports no failure");
      return;
    }
    assertTrue(!got.isNull(), line + ": nothing read");
    assertEquals(fields(expected), fields(got), line);
  }

  @Test
  void theWholeCorpusIsRead() throws IOException {
    JsonNode expected = expected();
    assertEquals(expected.get("files").size(), decoded.get("files").size(), "messages files");
    assertEquals(expected.get("lines").size(), decoded.get("lines").size(), "log lines");
    assertTrue(expected.get("files").size() >= 40 && expected.get("lines").size() >= 60, "the corpus is the whole one");
  }

  /** The fields BounceCorpusTest compares, each as text (null when absent or null). */
  private static Map<String, String> fields(JsonNode r) {
    Map<String, String> f = new LinkedHashMap<>();
    for (String name : FIELDS) {
      f.put(name, text(r.get(name)));
    }
    return f;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}

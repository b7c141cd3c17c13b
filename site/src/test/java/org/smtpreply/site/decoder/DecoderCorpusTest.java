package org.smtpreply.site.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.core.EnhancedStatus;
import org.smtpreply.core.Reply;
import org.smtpreply.core.ReplyParseException;
import org.smtpreply.core.ReplyParser;
import org.smtpreply.fixtures.Corpus;
import org.smtpreply.fixtures.Corpus.ReplyCase;

/**
 * The browser decoder's parser (assets/decode.js, run in Node.js) and the Java parser of core read
 * every reply of the shared corpus alike: the same code, enhanced code, lines and text, and the
 * same refusals on the same line. Node.js is the one the browser tests use; {@code
 * -Dbrowser.skip=true} skips this test with them.
 */
class DecoderCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static List<ReplyCase> cases;
  private static JsonNode decoded;

  @BeforeAll
  static void decodeTheCorpusInNode() throws IOException, InterruptedException, URISyntaxException {
    Assumptions.assumeFalse(Boolean.getBoolean("browser.skip"), "-Dbrowser.skip=true skips the JavaScript tests");
    cases = Corpus.replies();
    List<String> replies = new ArrayList<>();
    cases.forEach(c -> replies.add(c.reply()));
    Path input = dir.resolve("replies.json");
    JSON.writeValue(input.toFile(), replies);
    Path script = Path.of(DecoderCorpusTest.class.getResource("/org/smtpreply/site/assets/decode.js").toURI());
    String program = "const d = require(process.argv[1]); const fs = require('fs');"
        + "const out = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')).map(r => {"
        + " try { const p = d.parseReply(r); return {code: p.code, enhanced: p.enhanced ? p.enhanced.c + '.' + p.enhanced.s"
        + " + '.' + p.enhanced.d : null, lines: p.lines, text: d.textOf(p)}; }"
        + " catch (e) { if (!(e instanceof d.ParseError)) throw e; return {error: e.line, kind: e.kind}; } });"
        + "fs.writeFileSync(process.argv[3], JSON.stringify(out));";
    Path output = dir.resolve("decoded.json");
    Process node = new ProcessBuilder(System.getProperty("node", "node"), "-e", program, script.toString(),
        input.toString(), output.toString()).redirectErrorStream(true).start();
    String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node did not finish");
    assertEquals(0, node.exitValue(), log);
    decoded = JSON.readTree(output.toFile());
  }

  @Test
  void javaScriptAndJavaReadEveryReplyOfTheCorpusAlike() {
    assertEquals(cases.size(), decoded.size());
    assertTrue(cases.size() >= 30, "the corpus has " + cases.size() + " replies");
    for (int i = 0; i < cases.size(); i++) {
      ReplyCase c = cases.get(i);
      JsonNode js = decoded.get(i);
      try {
        Reply reply = ReplyParser.parse(c.reply());
        assertTrue(js.path("error").isMissingNode(), c + ": JavaScript refused what Java reads: " + js);
        assertEquals(reply.code().orElse(0), js.get("code").asInt(), c + ": code");
        assertEquals(reply.enhanced().map(EnhancedStatus::toString).orElse(null),
            js.get("enhanced").isNull() ? null : js.get("enhanced").asText(), c + ": enhanced code");
        List<String> lines = new ArrayList<>();
        js.get("lines").forEach(l -> lines.add(l.asText()));
        assertEquals(reply.lines(), lines, c + ": lines");
        assertEquals(reply.text(), js.get("text").asText(), c + ": text");
      } catch (ReplyParseException e) {
        assertEquals(e.line(), js.path("error").asInt(-1), c + ": JavaScript must refuse it on the line Java names ("
            + e.getMessage() + "), but gave " + js);
      }
    }
  }

  @Test
  void theCorpusHasRefusalsToo() {
    assertTrue(cases.stream().anyMatch(c -> c.expected().containsKey("error")), "cases the parsers must refuse");
  }
}

package org.smtpreply.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The emitter writes readable YAML that reads back as exactly the texts written. */
class TextYamlEmitterTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final TextYamlEmitter emitter = new TextYamlEmitter();

  /** Words, punctuation and the characters YAML gives meaning to, weighted towards real prose. */
  private static final String[] PIECES = {
    "mailbox", "buzón", "550", "5.1.1", "retry", "reintento", "ñandú", "über", "<bob@example.com>",
    ":", ": ", "#", " #", "-", "- ", "'", "\"", "\\", "{", "}", "[", "]", ",", "&", "*", "!", "|", ">",
    "%", "@", "`", "?", "yes", "no", "null", "~", "true", "  ", " ", " ", " ", " ", "\n", "\t", "…",
    "\u00a0", "\u2028", "\u0085", "😀", "e.g.", "4-5", "0x1F", "1e3", ".inf", "---", "...", "=", "<<"
  };

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = 1 + random.nextInt(random.nextBoolean() ? 6 : 60);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) > 0) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
  void whatItWritesReadsBackAsTheSameTexts(long seed) throws IOException {
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("title", randomText(random));
      fields.put("summary", randomText(random));
      List<String> causes = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
        causes.add(randomText(random));
      }
      fields.put("causes", causes);
      fields.put("retry", randomText(random));
      String key = random.nextBoolean() ? "X.1." + random.nextInt(30) : "class-" + random.nextInt(6) + "xx";
      String yaml = emitter.entry(key, fields);
      Map<String, Map<String, Object>> read = YAML.readValue(yaml, new TypeReference<>() {});
      assertEquals(Map.of(key, fields), read, yaml);
    }
  }

  @Test
  void shortTextsArePlainAndLongOnesFoldedAtEightyColumns() {
    String summary = "A soft bounce: the receiving server could not take the message now, so the sending "
        + "server keeps it in its queue and tries again later, at growing intervals.";
    Map<String, Object> guide = new LinkedHashMap<>();
    guide.put("summary", summary);
    guide.put("body", List.of("Short."));
    String yaml = emitter.entry("550", Map.of("title", "Mailbox unavailable")) + emitter.entry("bounces", guide);
    assertEquals("""
        "550":
          title: Mailbox unavailable
        bounces:
          summary: >-
            A soft bounce: the receiving server could not take the message now, so the
            sending server keeps it in its queue and tries again later, at growing
            intervals.
          body:
            - Short.
        """, yaml);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "2.0.0", "- a list?", "key: value", "tab\there", "two  spaces", "line\nbreak", "# comment"})
  void textsThatPlainYamlWouldChangeAreQuotedOrFolded(String text) throws IOException {
    String yaml = emitter.entry("550", Map.of("title", text));
    assertEquals(text, YAML.readTree(yaml).get("550").get("title").asText(), yaml);
    assertEquals(false, yaml.contains("title: " + text + "\n"), yaml);
  }
}

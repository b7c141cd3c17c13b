package org.smtpreply.catalog.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parses every reply of the corpus in {@code src/test/resources/replies} and checks the expected parse. */
class RealWorldRepliesTest {

  /** One reply of the corpus and what its parse must give. */
  record Case(String where, String reply, Map<String, String> expected) {
    @Override
    public String toString() {
      return where + ": " + reply.lines().findFirst().orElse("");
    }
  }

  static Stream<Arguments> corpus() throws IOException, URISyntaxException {
    return cases().stream().map(Arguments::of);
  }

  static List<Case> cases() throws IOException, URISyntaxException {
    Path folder = Path.of(RealWorldRepliesTest.class.getResource("/replies").toURI());
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder reply = new StringBuilder();
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.startsWith("> ")) {
            if (reply.length() == 0) {
              start = i + 1;
            }
            reply.append(line.substring(2)).append("\r\n");
          } else if (line.startsWith("= ")) {
            Map<String, String> expected = new LinkedHashMap<>();
            for (String part : line.substring(2).split(" \\| ")) {
              int space = part.indexOf(' ');
              expected.put(part.substring(0, space), part.substring(space + 1));
            }
            cases.add(new Case(file.getFileName() + ":" + start, reply.toString(), expected));
            reply.setLength(0);
          }
        }
      }
    }
    return cases;
  }

  @Test
  void theCorpusCoversEverySourceTheIssueNames() throws Exception {
    List<Case> cases = cases();
    assertTrue(cases.size() >= 30, "corpus has " + cases.size() + " cases");
    for (String source : List.of("gmail", "microsoft", "yahoo", "postfix", "exim", "sendmail", "qmail", "exchange")) {
      assertTrue(cases.stream().anyMatch(c -> c.where().startsWith(source + ".txt")), source);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void parsesAsExpected(Case c) throws ReplyParseException {
    Map<String, String> expected = c.expected();
    if (expected.containsKey("error")) {
      ReplyParseException e = assertThrows(ReplyParseException.class, () -> ReplyParser.parse(c.reply()));
      assertEquals(Integer.parseInt(expected.get("error")), e.line(), e.getMessage());
      assertTrue(e.problem().contains(expected.get("class") == null ? "" : "class " + expected.get("class")),
          e.getMessage());
      return;
    }
    Reply reply = ReplyParser.parse(c.reply());
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String actual = switch (e.getKey()) {
        case "code" -> Integer.toString(reply.code().orElse(0));
        case "enhanced" -> reply.enhanced().map(EnhancedStatus::toString).orElse("-");
        case "bounce" -> reply.bounce().name();
        case "subject" -> reply.subject().name();
        case "lines" -> Integer.toString(reply.lines().size());
        case "text" -> reply.text();
        default -> throw new IllegalArgumentException("unknown expectation '" + e.getKey() + "' in " + c.where());
      };
      assertEquals(e.getValue(), actual, e.getKey() + " of " + c);
    }
    assertEquals(reply, ReplyParser.parse(ReplyFormatter.format(reply)), "parse(format(parse(x))) of " + c);
  }
}

package org.smtpreply.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smtpreply.fixtures.Corpus;
import org.smtpreply.fixtures.Corpus.ReplyCase;

/** Parses every reply of the corpus in the shared replies corpus (test-fixtures) and checks the expected parse. */
class RealWorldRepliesTest {

  static Stream<Arguments> corpus() {
    return cases().stream().map(Arguments::of);
  }

  static List<ReplyCase> cases() {
    return Corpus.replies();
  }

  @Test
  void theCorpusCoversEverySourceTheIssueNames() {
    List<ReplyCase> cases = cases();
    assertTrue(cases.size() >= 30, "corpus has " + cases.size() + " cases");
    for (String source : List.of("gmail", "microsoft", "yahoo", "postfix", "exim", "sendmail", "qmail", "exchange")) {
      assertTrue(cases.stream().anyMatch(c -> c.where().startsWith(source + ".txt")), source);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void parsesAsExpected(ReplyCase c) throws ReplyParseException {
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

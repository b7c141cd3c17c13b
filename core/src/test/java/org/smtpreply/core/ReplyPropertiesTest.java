package org.smtpreply.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties over seeded random input (repeatable: a failure names its seed): no input makes the
 * parser throw anything but {@link ReplyParseException}; what it returns obeys the reply's rules and
 * reads back equal after formatting; and every generated well-formed reply round-trips exactly.
 */
class ReplyPropertiesTest {
  private static final String NOISE = "0123455550.....--- #()[]<>:;,\t\r\n\r\nabcXYZ\u00f1\u00e9@";
  private static final int INPUTS_PER_SEED = 500;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
  void noInputThrowsAnythingButTheDocumentedException(long seed) {
    Random random = new Random(seed);
    List<String> seeds = List.of("550 5.1.1 User unknown", "250-PIPELINING\r\n250 OK\r\n",
        "550-5.1.1 a 550-5.1.1 b 550 5.1.1 c", "553 nope (#5.7.1)", "4.2.2 full", "550 550-5.1.1 x");
    for (int i = 0; i < INPUTS_PER_SEED; i++) {
      String input = i % 2 == 0 ? noise(random) : mutate(seeds.get(random.nextInt(seeds.size())), random);
      try {
        Reply reply = ReplyParser.parse(input);
        checkInvariants(reply, input);
        assertEquals(reply, ReplyParser.parse(ReplyFormatter.format(reply)), "parse(format(parse(x))) for " + show(input));
      } catch (ReplyParseException expected) {
        assertTrue(expected.line() >= 1, "line number of " + show(input));
        assertFalse(expected.getMessage().contains("\n"), "one-line message for " + show(input));
      } catch (RuntimeException | AssertionError unexpected) {
        fail("seed " + seed + ", input " + show(input) + ": " + unexpected, unexpected);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 11, 17, 19, 23, 29, 31, 37, 41, 43})
  void everyWellFormedReplyRoundTrips(long seed) throws ReplyParseException {
    Random random = new Random(seed);
    for (int i = 0; i < INPUTS_PER_SEED; i++) {
      Reply built = wellFormed(random);
      String wire = ReplyFormatter.format(built);
      Reply parsed = ReplyParser.parse(wire);
      assertEquals(built, parsed, "seed " + seed + ": " + show(wire));
      assertEquals(wire, ReplyFormatter.format(parsed), "seed " + seed);
      String lfOnly = wire.replace("\r\n", "\n");
      assertEquals(built, ReplyParser.parse(lfOnly), "LF-only form, seed " + seed);
    }
  }

  private static void checkInvariants(Reply reply, String input) {
    String where = " for " + show(input);
    assertFalse(reply.lines().isEmpty(), "lines" + where);
    for (String line : reply.lines()) {
      assertFalse(line.contains("\r") || line.contains("\n"), "line break in a line" + where);
      assertEquals(line.stripTrailing(), line, "trailing space" + where);
    }
    if (reply.code().isPresent()) {
      int code = reply.code().getAsInt();
      assertTrue(code >= 200 && code <= 599, "code range" + where);
      reply.enhanced().ifPresent(e -> assertEquals(code / 100, e.classDigit(), "classes" + where));
    } else {
      assertTrue(reply.enhanced().isPresent() && reply.lines().size() == 1, "bare enhanced" + where);
    }
  }

  /** A reply built the way a server would send it: one code, one enhanced code on all or some lines. */
  static Reply wellFormed(Random random) {
    int classDigit = 2 + random.nextInt(4);
    int code = classDigit * 100 + random.nextInt(10) * 10 + random.nextInt(10);
    EnhancedStatus enhanced = classDigit != 3 && random.nextBoolean()
        ? new EnhancedStatus(classDigit, random.nextInt(8), random.nextInt(30))
        : null;
    boolean onEveryLine = random.nextBoolean();
    int count = 1 + random.nextInt(random.nextInt(10) == 0 ? 12 : 3);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String text = text(random);
      if (enhanced != null && (i == 0 || onEveryLine || random.nextBoolean())) {
        text = text.isEmpty() ? enhanced.toString() : enhanced + " " + text;
      }
      lines.add(text);
    }
    return Reply.of(code, enhanced, lines);
  }

  /** Text as servers write it: words, addresses, numbers, IP addresses; no trailing space. */
  private static String text(Random random) {
    int words = random.nextInt(12);
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        text.append(random.nextInt(20) == 0 ? "  " : " ");
      }
      switch (w == 0 ? 0 : random.nextInt(6)) {
        case 0 -> text.append(word(random));
        case 1 -> text.append('<').append(word(random)).append("@example.com>:");
        case 2 -> text.append(random.nextInt(100_000));
        case 3 -> text.append('[').append(random.nextInt(256)).append('.').append(random.nextInt(256))
            .append('.').append(random.nextInt(256)).append('.').append(random.nextInt(256)).append(']');
        case 4 -> text.append(random.nextInt(10)).append('.').append(random.nextInt(10)).append('.')
            .append(random.nextInt(10)).append('.').append(random.nextInt(10));
        default -> text.append("https://example.com/").append(word(random)).append("?p=").append(random.nextInt(99));
      }
    }
    return text.toString();
  }

  private static String word(Random random) {
    int length = 1 + random.nextInt(9);
    StringBuilder word = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      word.append((char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26)));
    }
    return word.toString();
  }

  private static String noise(Random random) {
    int length = random.nextInt(random.nextInt(10) == 0 ? 2_000 : 60);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(random.nextInt(50) == 0 ? (char) random.nextInt(0x3000) : NOISE.charAt(random.nextInt(NOISE.length())));
    }
    return s.toString();
  }

  private static String mutate(String seed, Random random) {
    StringBuilder s = new StringBuilder(seed);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      int at = s.length() == 0 ? 0 : random.nextInt(s.length());
      char c = NOISE.charAt(random.nextInt(NOISE.length()));
      switch (random.nextInt(3)) {
        case 0 -> s.insert(at, c);
        case 1 -> {
          if (s.length() > 0) {
            s.deleteCharAt(at);
          }
        }
        default -> {
          if (s.length() > 0) {
            s.setCharAt(at, c);
          }
        }
      }
    }
    return s.toString();
  }

  private static String show(String s) {
    String shown = s.length() > 200 ? s.substring(0, 200) + "..." : s;
    return "'" + shown.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "'";
  }
}

package org.smtpreply.core.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The line splitting that bounce text and delivery status parts are read with: the lines a
 * pasted or mailed text has, whichever line ends it uses, exactly as splitting at {@code \r\n},
 * {@code \r} or {@code \n} gives them (the empty remainder after a final line end left out).
 */
class BounceTextLinesTest {

  @Test
  void everyKindOfLineEndEndsALine() {
    assertEquals(List.of("a", "b", "c", "", "d"), BounceText.lines("a\r\nb\rc\n\nd"));
    assertEquals(List.of("a", ""), BounceText.lines("a\n\r\n"));
    assertEquals(List.of(), BounceText.lines(""));
    assertEquals(List.of("a"), BounceText.lines("a\r\n"));
  }

  @Test
  void linesAreThoseOfSplittingAtLineEnds() {
    Random random = new Random(12);
    char[] alphabet = {'a', ' ', '\t', '\r', '\n', '<', ':'};
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      List<String> split = new ArrayList<>(Arrays.asList(text.toString().split("\r\n|\r|\n", -1)));
      if (split.get(split.size() - 1).isEmpty()) {
        split.remove(split.size() - 1);
      }
      assertEquals(split, BounceText.lines(text.toString()), () -> "lines of " + text.toString().replace("\r", "\\r")
          .replace("\n", "\\n"));
    }
  }
}

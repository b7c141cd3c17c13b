package org.smtpreply.site.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A page written through the buffer is the same file as the page encoded as a string. */
class Utf8BufferTest {
  @TempDir Path dir;

  /** ASCII, Latin-1, the rest of the BMP and characters beyond it, mixed as a page mixes them. */
  private static String text(Random random, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      switch (random.nextInt(6)) {
        case 0 -> text.append("é·ñ¿"); // Latin-1, two bytes each
        case 1 -> text.append("→—…"); // three bytes each
        case 2 -> text.appendCodePoint(0x1F4E7); // four bytes, a surrogate pair
        default -> text.append("<p class=\"x\">550 5.1.1</p>\n");
      }
    }
    return text.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void piecesOfAnySizeMakeTheSameBytesAsTheWholeStringEncoded(long seed) throws IOException {
    Random random = new Random(seed);
    Utf8Buffer buffer = new Utf8Buffer();
    // A reused buffer must not keep anything of the page before.
    buffer.write(text(random, 50_000));
    buffer.reset();
    String page = text(random, 1 + random.nextInt(60_000));
    for (int at = 0; at < page.length(); ) {
      int piece = Math.min(page.length() - at, 1 + random.nextInt(random.nextBoolean() ? 3 : 5_000));
      switch (random.nextInt(3)) {
        case 0 -> buffer.write(page, at, piece);
        case 1 -> buffer.write(page.substring(at, at + piece).toCharArray(), 0, piece);
        default -> {
          for (int i = at; i < at + piece; i++) {
            buffer.write(page.charAt(i));
          }
        }
      }
      at += piece;
    }
    Path file = dir.resolve("page.html");
    buffer.writeTo(file);
    assertArrayEquals(page.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
  }

  @Test
  void anUnpairedSurrogateIsRefusedNotWrittenAsGarbage() throws IOException {
    Utf8Buffer low = new Utf8Buffer();
    CharConversionException e = assertThrows(CharConversionException.class, () -> low.write("a\uDC00b"));
    assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());

    Utf8Buffer high = new Utf8Buffer();
    assertThrows(CharConversionException.class, () -> high.write("a\uD83Db"));

    Utf8Buffer trailing = new Utf8Buffer();
    trailing.write("ends with half a pair \uD83D");
    assertThrows(CharConversionException.class, () -> trailing.writeTo(dir.resolve("half.html")));
  }
}

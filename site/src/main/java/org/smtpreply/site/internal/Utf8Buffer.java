package org.smtpreply.site.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A page being rendered, kept as UTF-8 bytes. A template writes a page in many small pieces;
 * appending them to a {@link java.io.StringWriter} locks on each piece, copies a page holding one
 * character beyond Latin-1 char by char, and makes a string that is then encoded again to be
 * written. This encodes each piece once, into one growing array, and writes that.
 *
 * <p>Not thread-safe: one buffer per thread, {@linkplain #reset() reset} for each page, so that
 * rendering thousands of pages does not allocate a fresh buffer for each.
 */
public final class Utf8Buffer extends Writer {
  private byte[] bytes = new byte[16 * 1024];
  private int count;
  /** A high surrogate whose low half has not been written yet, or 0. */
  private char pendingHigh;

  @Override
  public void write(int c) throws IOException {
    put((char) c);
  }

  /** Empties the buffer for the next page, keeping its memory. */
  public void reset() {
    count = 0;
    pendingHigh = 0;
  }

  // Room is made for one byte per character, the common case; a character that needs more makes
  // room for itself and for the rest of the piece.
  @Override
  public void write(String text, int offset, int length) throws IOException {
    ensure(length);
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80 && pendingHigh == 0) {
        bytes[count++] = (byte) c;
      } else {
        ensure(end - i + 4);
        put(c);
      }
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    ensure(length);
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = chars[i];
      if (c < 0x80 && pendingHigh == 0) {
        bytes[count++] = (byte) c;
      } else {
        ensure(end - i + 4);
        put(c);
      }
    }
  }

  private void put(char c) throws IOException {
    ensure(4);
    if (pendingHigh != 0) {
      if (!Character.isLowSurrogate(c)) {
        throw unpaired();
      }
      int codePoint = Character.toCodePoint(pendingHigh, c);
      pendingHigh = 0;
      bytes[count++] = (byte) (0xF0 | (codePoint >> 18));
      bytes[count++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
      bytes[count++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
      bytes[count++] = (byte) (0x80 | (codePoint & 0x3F));
      return;
    }
    if (c < 0x80) {
      bytes[count++] = (byte) c;
    } else if (c < 0x800) {
      bytes[count++] = (byte) (0xC0 | (c >> 6));
      bytes[count++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      throw unpaired();
    } else {
      bytes[count++] = (byte) (0xE0 | (c >> 12));
      bytes[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      bytes[count++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  /** Room for {@code more} bytes. */
  private void ensure(int more) {
    long needed = (long) count + more;
    if (needed > bytes.length) {
      long grown = Math.max(needed, 2L * bytes.length);
      if (grown > Integer.MAX_VALUE - 8) {
        throw new OutOfMemoryError("a page of more than 2 GB");
      }
      bytes = Arrays.copyOf(bytes, (int) grown);
    }
  }

  private static CharConversionException unpaired() {
    // What encoding the page as a string would have refused: text that is not valid Unicode.
    return new CharConversionException("the page holds an unpaired surrogate character; it cannot be written as UTF-8");
  }

  /** Writes the page to {@code file}, replacing it. */
  public void writeTo(Path file) throws IOException {
    if (pendingHigh != 0) {
      throw unpaired();
    }
    try (var out = Files.newOutputStream(file)) {
      out.write(bytes, 0, count);
    }
  }

  @Override
  public void flush() {
    // Nothing is held back but an unpaired high surrogate, which writeTo refuses.
  }

  @Override
  public void close() {
    // Memory only.
  }
}

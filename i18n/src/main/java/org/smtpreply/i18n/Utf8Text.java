package org.smtpreply.i18n;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the bytes of a user's file as UTF-8, strictly: the first byte that is not UTF-8 is an
 * error that names its line and column, rather than a replacement character or an exception
 * that names no place.
 */
public final class Utf8Text {
  private Utf8Text() {}

  /** Bytes that are not UTF-8, at a line and column (both 1-based) of the text before them. */
  public static final class NotUtf8 extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    NotUtf8(int line, int column, int value) {
      super(String.format(Locale.ROOT, "byte 0x%02X is not UTF-8; save the file as UTF-8", value));
      this.line = line;
      this.column = column;
    }

    /** The line of the first byte that is not UTF-8. */
    public int line() {
      return line;
    }

    /** Its column, counted in characters. */
    public int column() {
      return column;
    }
  }

  /** The text of {@code bytes}, which must be UTF-8. */
  public static String decode(byte[] bytes) throws NotUtf8 {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      long at = position(out, out.limit());
      throw new NotUtf8((int) (at >>> 32), (int) at, bytes[in.position()] & 0xFF);
    }
    return out.toString();
  }

  /** Where the character at {@code offset} of {@code text} is: {@code line << 32 | column}, both 1-based. */
  public static long position(CharSequence text, int offset) {
    long line = 1;
    int start = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        start = i + 1;
      }
    }
    return line << 32 | (offset - start + 1);
  }
}

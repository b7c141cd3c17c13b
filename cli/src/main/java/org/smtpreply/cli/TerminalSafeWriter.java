package org.smtpreply.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.Locale;

/**
 * Everything the command line prints passes through here: control characters in it (a terminal
 * escape in a bounce text from a remote server, in a file name, in a catalog value echoed by an
 * error) are written as {@code \x1B}, so that echoed input can never drive the terminal. Tab and
 * line breaks are kept; a carriage return only as part of a CR LF line break.
 */
final class TerminalSafeWriter extends FilterWriter {
  private boolean pendingReturn;

  TerminalSafeWriter(Writer out) {
    super(out);
  }

  /** Whether {@code c} is written as an escape: C0 controls but tab and line feed, DEL, and C1 controls. */
  static boolean isControl(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c), 0, 1);
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    write(CharBuffer.wrap(chars), offset, length);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    write((CharSequence) text, offset, length);
  }

  /** Writes runs of plain characters in one call each, the characters between them escaped. */
  private void write(CharSequence text, int offset, int length) throws IOException {
    int run = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = text.charAt(i);
      if (pendingReturn) {
        pendingReturn = false;
        out.write(c == '\n' ? "\r" : "\\x0D");
      }
      if (c == '\r' || isControl(c)) {
        out.append(text, run, i);
        if (c == '\r') {
          pendingReturn = true;
        } else {
          out.write(String.format(Locale.ROOT, "\\x%02X", (int) c));
        }
        run = i + 1;
      }
    }
    out.append(text, run, end);
  }

  @Override
  public void close() throws IOException {
    if (pendingReturn) {
      pendingReturn = false;
      out.write("\\x0D");
    }
    out.close();
  }
}

package org.smtpreply.core;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads replies one after another from a {@link Reader}, such as a file of bounce lines or
 * standard input: one reply per line, except that a {@code 550-} continuation line is joined with
 * the lines that follow it up to the reply's last line. Memory stays bounded whatever the input's
 * size: the reader keeps one reply, at most {@link ReplyParser#MAX_REPLY_CHARS} characters, and
 * skips the rest of a longer line.
 *
 * <p>A bad reply throws {@link ReplyParseException} with the line number in the whole input; the
 * next call to {@link #next()} goes on with the line after it. Not thread-safe.
 */
public final class ReplyReader implements Closeable {
  private final Reader in;
  private final char[] buffer = new char[8192];
  private int bufferPos;
  private int bufferEnd;
  private boolean eof;
  private boolean pendingLf;
  private final StringBuilder line = new StringBuilder(128);
  private final StringBuilder reply = new StringBuilder(256);
  private int lineNumber;
  private int replyStart;

  /** Reads from {@code in}; closing this reader closes it. */
  public ReplyReader(Reader in) {
    this.in = in;
  }

  /**
   * The next reply, or null at the end of the input. Throws {@link ReplyParseException} for a
   * reply that cannot be parsed, and {@link IOException} when the input cannot be read.
   */
  public Reply next() throws IOException, ReplyParseException {
    reply.setLength(0);
    boolean tooLong = false;
    while (true) {
      int read = readLine();
      if (read < 0) {
        break;
      }
      if (reply.length() == 0 && line.toString().isBlank()) {
        continue;
      }
      if (reply.length() == 0) {
        replyStart = lineNumber;
      }
      if (read > ReplyParser.MAX_REPLY_CHARS || reply.length() + line.length() + 1 > ReplyParser.MAX_REPLY_CHARS) {
        tooLong = true;
        reply.setLength(0);
        break;
      }
      reply.append(line).append('\n');
      if (!ReplyScanner.continues(line)) {
        break;
      }
    }
    if (tooLong) {
      throw new ReplyParseException(lineNumber, ReplyScanner.tooLong(ReplyParser.MAX_REPLY_CHARS));
    }
    if (reply.length() == 0) {
      return null;
    }
    try {
      return ReplyParser.parse(reply);
    } catch (ReplyParseException e) {
      throw new ReplyParseException(replyStart + e.line() - 1, e.problem());
    }
  }

  /** The input line number on which the reply last returned or rejected starts, from 1. */
  public int replyStartLine() {
    return replyStart;
  }

  /**
   * Reads one line into {@link #line}, keeping at most MAX_REPLY_CHARS + 1 characters of it;
   * returns its full length, or -1 at the end of the input.
   */
  private int readLine() throws IOException {
    line.setLength(0);
    int length = 0;
    boolean any = false;
    while (true) {
      if (bufferPos == bufferEnd) {
        if (eof || !fill()) {
          if (!any) {
            return -1;
          }
          lineNumber++;
          return length;
        }
      }
      char c = buffer[bufferPos++];
      if (pendingLf) {
        pendingLf = false;
        if (c == '\n') {
          continue;
        }
      }
      any = true;
      if (c == '\n' || c == '\r') {
        pendingLf = c == '\r';
        lineNumber++;
        return length;
      }
      if (length <= ReplyParser.MAX_REPLY_CHARS) {
        line.append(c);
      }
      length++;
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    bufferPos = 0;
    bufferEnd = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

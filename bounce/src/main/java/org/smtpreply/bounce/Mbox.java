package org.smtpreply.bounce;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits an mbox into its messages: each starts at a {@code From } line (the separator, not part of
 * the message); a body line quoted as {@code >From } (mboxrd: any number of {@code >}) loses one
 * {@code >}. Input that does not start with {@code From } is one message. Read a line at a time:
 * memory holds one message, at most a given number of bytes (the rest of a larger one is skipped).
 */
final class Mbox {
  /** Takes one message. */
  @FunctionalInterface
  interface Sink {
    void accept(int index, byte[] message) throws IOException;
  }

  private Mbox() {}

  /** Hands each message of {@code in}, numbered from 1, to {@code sink}; at most {@code max} bytes each. */
  static void split(InputStream in, int max, Sink sink) throws IOException {
    Lines lines = new Lines(in);
    // Not a ByteArrayOutputStream: its lock on every line showed in the profile.
    byte[] message = new byte[8192];
    int size = 0;
    boolean mbox = false;
    boolean first = true;
    int index = 0;
    while (lines.next()) {
      byte[] bytes = lines.line;
      int length = lines.length;
      if (first) {
        first = false;
        mbox = startsWith(bytes, length, 0, "From ");
        if (mbox) {
          continue;
        }
      }
      if (mbox && startsWith(bytes, length, 0, "From ")) {
        index++;
        sink.accept(index, Arrays.copyOf(message, size));
        size = 0;
        continue;
      }
      int offset = 0;
      if (mbox && length > 0 && bytes[0] == '>') {
        int gt = 0;
        while (gt < length && bytes[gt] == '>') {
          gt++;
        }
        if (startsWith(bytes, length, gt, "From ")) {
          offset = 1;
        }
      }
      if (size + length - offset <= max) {
        if (size + length - offset > message.length) {
          message = Arrays.copyOf(message, (int) Math.min(max, Math.max(2L * message.length, size + length - offset)));
        }
        System.arraycopy(bytes, offset, message, size, length - offset);
        size += length - offset;
      }
    }
    if (size > 0 || index == 0) {
      sink.accept(index + 1, Arrays.copyOf(message, size));
    }
  }

  /**
   * The lines of a stream, read a buffer at a time (not a byte at a time through a synchronized
   * stream: splitting was most of the time of reading a small message), each into one reused array.
   */
  private static final class Lines {
    private static final int MAX_LINE = 1 << 20;
    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    /** The current line, its end included, in its first {@link #length} bytes (at most 1 MiB of it). */
    byte[] line = new byte[256];
    int length;

    Lines(InputStream in) {
      this.in = in;
    }

    /** Reads the next line into {@link #line}; false at the end of the input. */
    boolean next() throws IOException {
      length = 0;
      boolean any = false;
      while (true) {
        if (position == limit) {
          limit = in.read(buffer, 0, buffer.length);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            return any;
          }
        }
        any = true;
        int end = position;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        boolean complete = end < limit;
        int take = (complete ? end + 1 : end) - position;
        int keep = Math.min(take, MAX_LINE - length);
        if (keep > 0) {
          if (length + keep > line.length) {
            line = Arrays.copyOf(line, Math.min(MAX_LINE, Math.max(line.length * 2, length + keep)));
          }
          System.arraycopy(buffer, position, line, length, keep);
          length += keep;
        }
        position += take;
        if (complete) {
          return true;
        }
      }
    }
  }

  private static boolean startsWith(byte[] bytes, int length, int at, String prefix) {
    if (length - at < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (bytes[at + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}

package org.smtpreply.bounce;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

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
    Lines buffered = new Lines(in);
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    boolean mbox = false;
    boolean first = true;
    int index = 0;
    while (buffered.next(line)) {
      byte[] bytes = line.toByteArray();
      if (first) {
        first = false;
        mbox = startsWith(bytes, 0, "From ");
        if (mbox) {
          continue;
        }
      }
      if (mbox && startsWith(bytes, 0, "From ")) {
        index++;
        sink.accept(index, message.toByteArray());
        message.reset();
        continue;
      }
      int offset = 0;
      if (mbox && bytes.length > 0 && bytes[0] == '>') {
        int gt = 0;
        while (gt < bytes.length && bytes[gt] == '>') {
          gt++;
        }
        if (startsWith(bytes, gt, "From ")) {
          offset = 1;
        }
      }
      if (message.size() + bytes.length - offset <= max) {
        message.write(bytes, offset, bytes.length - offset);
      }
    }
    if (message.size() > 0 || index == 0) {
      sink.accept(index + 1, message.toByteArray());
    }
  }

  /**
   * The lines of a stream, read a buffer at a time (not a byte at a time through a synchronized
   * stream: splitting was most of the time of reading a small message).
   */
  private static final class Lines {
    private static final int MAX_LINE = 1 << 20;
    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    Lines(InputStream in) {
      this.in = in;
    }

    /** Reads one line, its end included, into {@code line} (at most 1 MiB of it); false at the end of the input. */
    boolean next(ByteArrayOutputStream line) throws IOException {
      line.reset();
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
        int room = MAX_LINE - line.size();
        if (room > 0) {
          line.write(buffer, position, Math.min(take, room));
        }
        position += take;
        if (complete) {
          return true;
        }
      }
    }
  }

  private static boolean startsWith(byte[] bytes, int at, String prefix) {
    if (bytes.length - at < prefix.length()) {
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

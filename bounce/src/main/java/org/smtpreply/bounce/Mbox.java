package org.smtpreply.bounce;

import java.io.BufferedInputStream;
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
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    boolean mbox = false;
    boolean first = true;
    int index = 0;
    while (readLine(buffered, line)) {
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

  /** Reads one line, its end included, into {@code line}; false at the end of the input. */
  private static boolean readLine(InputStream in, ByteArrayOutputStream line) throws IOException {
    line.reset();
    int c;
    while ((c = in.read()) >= 0) {
      if (line.size() < 1 << 20) {
        line.write(c);
      }
      if (c == '\n') {
        return true;
      }
    }
    return line.size() > 0;
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

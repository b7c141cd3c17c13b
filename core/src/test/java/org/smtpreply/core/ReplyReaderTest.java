package org.smtpreply.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Reading replies one after another from a stream, with input line numbers and bounded memory. */
class ReplyReaderTest {

  @Test
  void readsOneReplyPerLineAndJoinsContinuationLines() throws Exception {
    String input = "550 5.1.1 User unknown\n"
        + "\n"
        + "250-mx.example.com\r\n250-PIPELINING\r\n250 SMTPUTF8\r\n"
        + "550-5.1.1 a 550-5.1.1 b 550 5.1.1 c\n"
        + "4.2.2 Mailbox full";
    try (ReplyReader reader = new ReplyReader(new StringReader(input))) {
      assertEquals(OptionalInt.of(550), reader.next().code());
      assertEquals(1, reader.replyStartLine());
      Reply ehlo = reader.next();
      assertEquals(3, ehlo.lines().size());
      assertEquals(3, reader.replyStartLine());
      Reply flattened = reader.next();
      assertEquals(3, flattened.lines().size());
      assertEquals(6, reader.replyStartLine());
      assertEquals("4.2.2", reader.next().enhanced().orElseThrow().toString());
      assertEquals(7, reader.replyStartLine());
      assertNull(reader.next());
      assertNull(reader.next());
    }
  }

  @Test
  void aBadReplyNamesItsInputLineAndReadingGoesOn() throws Exception {
    String input = "250 OK\n550-5.1.1 first\n451 4.3.0 second\nHello\n221 2.0.0 Bye\n";
    try (ReplyReader reader = new ReplyReader(new StringReader(input))) {
      assertEquals(OptionalInt.of(250), reader.next().code());
      ReplyParseException differs = assertThrows(ReplyParseException.class, reader::next);
      assertEquals(3, differs.line());
      assertTrue(differs.getMessage().startsWith("line 3: reply code 451 differs"), differs.getMessage());
      ReplyParseException noCode = assertThrows(ReplyParseException.class, reader::next);
      assertEquals(4, noCode.line());
      assertEquals(OptionalInt.of(221), reader.next().code());
      assertNull(reader.next());
    }
  }

  @Test
  void manyMegabytesOfRepliesStreamThrough() throws Exception {
    String reply = "550-5.7.1 Our system has detected an unusual rate of unsolicited mail\r\n"
        + "550 5.7.1 https://support.example.com/mail/?p=UnsolicitedRateLimitError - gsmtp\r\n";
    int copies = 100_000;
    int count = 0;
    try (ReplyReader reader = new ReplyReader(new Repeating(reply, copies))) {
      for (Reply r = reader.next(); r != null; r = reader.next()) {
        assertEquals(2, r.lines().size());
        count++;
      }
    }
    assertEquals(copies, count, (long) reply.length() * copies / 1_000_000 + " MB read");
  }

  /**
   * One line longer than the heap would be a heap failure if the reader kept it; the reader keeps
   * at most a reply's worth, reports the line and goes on after it. The surefire heap for this
   * module is capped in its pom so that the test can fail.
   */
  @Test
  void aLineLargerThanTheHeapIsReportedInBoundedMemory() throws Exception {
    long length = Runtime.getRuntime().maxMemory() + 1;
    Reader input = new Concat(
        new StringReader("550 5.1.1 "), new Repeating("x", length), new StringReader("\n250 2.0.0 Ok\n"));
    try (ReplyReader reader = new ReplyReader(input)) {
      ReplyParseException e = assertThrows(ReplyParseException.class, reader::next);
      assertEquals(1, e.line());
      assertTrue(e.problem().startsWith("the reply is longer than 65536 characters"), e.getMessage());
      assertEquals(OptionalInt.of(250), reader.next().code());
      assertEquals(2, reader.replyStartLine());
    }
  }

  /** Readers one after the other. */
  private static final class Concat extends Reader {
    private final Reader[] parts;
    private int current;

    Concat(Reader... parts) {
      this.parts = parts;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      while (current < parts.length) {
        int n = parts[current].read(buffer, offset, length);
        if (n > 0) {
          return n;
        }
        current++;
      }
      return -1;
    }

    @Override
    public void close() {}
  }

  /** {@code text} repeated {@code times}, produced on demand so that the input is never in memory. */
  private static final class Repeating extends Reader {
    private final char[] text;
    private final long total;
    private long produced;

    Repeating(String text, long times) {
      this.text = text.toCharArray();
      this.total = times * text.length();
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (produced >= total) {
        return -1;
      }
      int n = (int) Math.min(length, total - produced);
      if (text.length == 1) {
        Arrays.fill(buffer, offset, offset + n, text[0]);
      } else {
        for (int i = 0; i < n; i++) {
          buffer[offset + i] = text[(int) ((produced + i) % text.length)];
        }
      }
      produced += n;
      return n;
    }

    @Override
    public void close() {}
  }
}

package org.smtpreply.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smtpreply.catalog.bounce.Diagnosis;
import org.smtpreply.fixtures.BounceCorpus;

/**
 * Seeded random inputs a bounce handler meets in a real mailbox: truncated, corrupted, wrongly
 * encoded, deeply nested and huge messages. Each must read without an exception, give every
 * result a reason, and stay within the small heap this module's tests run in (-Xmx256m, see the
 * pom): big inputs are streamed, never held whole.
 */
class BounceRobustnessTest {
  private static final BounceReader READER = BounceReader.builtIn();
  private static final List<byte[]> MESSAGES = corpus();

  private static List<byte[]> corpus() {
    List<byte[]> messages = new ArrayList<>();
    for (BounceCorpus.FileCase c : BounceCorpus.files()) {
      try {
        messages.add(Files.readAllBytes(BounceCorpus.folder().resolve(c.file())));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
    return messages;
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDamagedBounceStillReadsWithAReasonForEveryResult(long seed) throws IOException {
    Random random = new Random(seed);
    byte[] original = MESSAGES.get(random.nextInt(MESSAGES.size()));
    byte[] damaged = damage(original, random);
    List<BounceMessage> read = READER.read(new ByteArrayInputStream(damaged));
    assertFalse(read.isEmpty(), "seed " + seed);
    for (BounceMessage message : read) {
      assertTrue(message.noFailure().isPresent() != !message.results().isEmpty(),
          "seed " + seed + ": either no failure or results");
      for (Diagnosis d : message.results()) {
        assertNotNull(d.reason().id());
        assertTrue(d.report().action().isFailure());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDamagedLogLineIsReadOrRefusedButNeverThrows(long seed) {
    Random random = new Random(seed);
    List<BounceCorpus.LineCase> lines = BounceCorpus.lines();
    String line = lines.get(random.nextInt(lines.size())).line();
    String damaged = new String(damage(line.getBytes(StandardCharsets.UTF_8), random), StandardCharsets.UTF_8);
    READER.readLine(damaged).ifPresent(d -> assertNotNull(d.reason().id()));
  }

  @Test
  void fiveHundredLevelsOfNestedPartsAreReadWithoutOverflow() throws IOException {
    StringBuilder message = new StringBuilder("From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\n"
        + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n");
    for (int i = 0; i < 500; i++) {
      message.append("--b").append(i).append("\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1)
          .append("\"\n\n");
    }
    message.append("--b500\nContent-Type: text/plain\n\n<bob@example.com>: host mx.example.com[192.0.2.1] said:"
        + " 550 5.1.1 User unknown (in reply to RCPT TO command)\n");
    for (int i = 500; i >= 0; i--) {
      message.append("--b").append(i).append("--\n");
    }
    List<BounceMessage> read = READER.read(new ByteArrayInputStream(message.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, read.size());
  }

  @Test
  void aMessageLargerThanTheLimitIsReadFromItsFirstSixteenMegabytes() throws IOException {
    String head = "From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail Returned to Sender\n\n"
        + "<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO"
        + " command)\n\n";
    InputStream huge = new SequenceInputStream(new ByteArrayInputStream(head.getBytes(StandardCharsets.US_ASCII)),
        repeated("x".repeat(999) + "\n", 64 << 20));
    List<BounceMessage> read = READER.read(huge);
    assertEquals(1, read.size());
    assertEquals("mailbox-unknown", read.get(0).results().get(0).reason().id());
  }

  @Test
  void anMboxOfTwoThousandBouncesIsStreamedOneMessageAtATime() throws IOException {
    byte[] one = MESSAGES.get(0);
    List<InputStream> parts = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      parts.add(new ByteArrayInputStream(("From MAILER-DAEMON Mon Nov 30 10:00:00 2026\n").getBytes(StandardCharsets.US_ASCII)));
      parts.add(new ByteArrayInputStream(one));
      parts.add(new ByteArrayInputStream(new byte[] {'\n'}));
    }
    AtomicInteger count = new AtomicInteger();
    READER.read(new SequenceInputStream(Collections.enumeration(parts)), message -> count.incrementAndGet());
    assertEquals(2000, count.get());
  }

  @Test
  void aReportOfTenThousandRecipientsGivesTenThousandResults() throws IOException {
    StringBuilder dsn = new StringBuilder("From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\nMIME-Version: 1.0\n"
        + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\n\n--r\n"
        + "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.org\n\n");
    for (int i = 0; i < 10_000; i++) {
      dsn.append("Final-Recipient: rfc822; user").append(i).append("@example.com\nAction: failed\nStatus: 5.1.1\n"
          + "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n");
    }
    dsn.append("--r--\n");
    List<BounceMessage> read = READER.read(new ByteArrayInputStream(dsn.toString().getBytes(StandardCharsets.US_ASCII)));
    assertEquals(10_000, read.get(0).results().size());
  }

  /** One of: cut short, bytes overwritten, bytes inserted, the charset or encoding declared wrongly. */
  private static byte[] damage(byte[] original, Random random) {
    byte[] bytes = original.clone();
    switch (random.nextInt(5)) {
      case 0 -> {
        return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      }
      case 1 -> {
        for (int i = 0; i < 1 + random.nextInt(50); i++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
      }
      case 2 -> {
        int at = random.nextInt(bytes.length + 1);
        byte[] noise = new byte[1 + random.nextInt(4096)];
        random.nextBytes(noise);
        byte[] out = new byte[bytes.length + noise.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(noise, 0, out, at, noise.length);
        System.arraycopy(bytes, at, out, at + noise.length, bytes.length - at);
        return out;
      }
      case 3 -> {
        String text = new String(bytes, StandardCharsets.ISO_8859_1)
            .replaceAll("(?i)charset=\"?[a-z0-9-]+\"?", random.nextBoolean() ? "charset=x-no-such-charset" : "charset=utf-7");
        return text.getBytes(StandardCharsets.ISO_8859_1);
      }
      default -> {
        String text = new String(bytes, StandardCharsets.ISO_8859_1)
            .replaceAll("(?i)content-transfer-encoding: *[a-z0-9-]+", random.nextBoolean()
                ? "Content-Transfer-Encoding: base64" : "Content-Transfer-Encoding: quoted-printable");
        return text.getBytes(StandardCharsets.ISO_8859_1);
      }
    }
  }

  /** {@code line} repeated until {@code size} bytes, generated as read. */
  private static InputStream repeated(String line, long size) {
    byte[] unit = line.getBytes(StandardCharsets.US_ASCII);
    return new InputStream() {
      private long left = size;
      private int at;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] into, int offset, int length) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        for (int i = 0; i < n; i++) {
          into[offset + i] = unit[at];
          at = (at + 1) % unit.length;
        }
        left -= n;
        return n;
      }
    };
  }
}

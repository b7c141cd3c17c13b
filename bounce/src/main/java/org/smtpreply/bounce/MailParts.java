package org.smtpreply.bounce;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.apache.james.mime4j.stream.RecursionMode;
import org.jsoup.Jsoup;

/**
 * The parts of one message that a bounce reader needs, read with mime4j's streaming parser: the
 * top-level header fields (encoded words decoded), the report type, and each text part decoded
 * from its transfer encoding and charset. A returned message ({@code message/rfc822}) is not
 * entered: its text is the sender's, not the report's. A text part is read up to {@link #MAX_PART}
 * bytes and a status part up to {@link #MAX_STATUS}, so a huge message is read in bounded memory.
 *
 * @param fields     the top-level header fields, by lower-case name (first occurrence), decoded when asked for
 * @param reportType the {@code report-type} of a {@code multipart/report}, in lower case; empty otherwise
 * @param plain      the text of each {@code text/plain} part, in order
 * @param html       the source of each {@code text/html} part, in order (its text is read only when needed)
 * @param status     the text of each {@code message/delivery-status} part, in order
 * @param feedback   whether the message carries a {@code message/feedback-report} part (RFC 5965)
 */
record MailParts(Map<String, Field> fields, String reportType, List<String> plain, List<String> html,
    List<String> status, boolean feedback) {

  /** The most bytes read of one text part. */
  static final int MAX_PART = 1 << 20;
  /** The most bytes read of one delivery status part: as much as a message, one block per recipient. */
  static final int MAX_STATUS = BounceReader.MAX_MESSAGE;
  /** A line break followed by white space: a folded header field, unfolded to one space. */
  private static final Pattern FOLD = Pattern.compile("\\r?\\n[ \\t]");

  /** mime4j's settings: no limit (the reader bounds what it keeps), lenient parsing. */
  private static final MimeConfig CONFIG = MimeConfig.custom()
      .setMaxLineLen(-1)
      .setMaxHeaderLen(-1)
      .setMaxHeaderCount(-1)
      .setMaxContentLen(-1)
      .setStrictParsing(false)
      .build();

  /**
   * The value of the top-level header field {@code name} (lower case), unfolded and with its
   * encoded words decoded; empty when the message has no such field. Only the few fields a reader
   * asks for are decoded.
   */
  String header(String name) {
    Field field = fields.get(name);
    return field == null ? "" : decode(field.getBody());
  }

  /** Whether the message has a top-level header field {@code name} (lower case). */
  boolean has(String name) {
    return fields.containsKey(name);
  }

  /**
   * The human-readable text of the message: its text parts joined by blank lines, or, when it has
   * none, the text of its HTML parts (tags removed with jsoup, parsed only here).
   */
  String text() {
    if (!plain.isEmpty()) {
      return String.join("\n\n", plain);
    }
    List<String> texts = new ArrayList<>(html.size());
    for (String source : html) {
      texts.add(Jsoup.parse(source).wholeText());
    }
    return String.join("\n\n", texts);
  }

  /** The parts of the message {@code in} holds; a message mime4j cannot read gives what it read before. */
  static MailParts read(InputStream in) throws IOException {
    MimeTokenStream stream = new MimeTokenStream(CONFIG);
    stream.setRecursionMode(RecursionMode.M_NO_RECURSE);
    stream.parse(in);
    Map<String, Field> fields = new LinkedHashMap<>();
    String reportType = "";
    List<String> plain = new ArrayList<>();
    List<String> html = new ArrayList<>();
    List<String> status = new ArrayList<>();
    boolean feedback = false;
    boolean inTopHeader = true;
    try {
      for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
        switch (state) {
          case T_FIELD -> {
            if (inTopHeader) {
              Field field = stream.getField();
              String name = field.getName().toLowerCase(Locale.ROOT);
              fields.putIfAbsent(name, field);
              if (name.equals("content-type")) {
                reportType = reportType(field);
              }
            }
          }
          case T_END_HEADER -> inTopHeader = false;
          case T_BODY -> {
            BodyDescriptor body = stream.getBodyDescriptor();
            String type = body.getMimeType().toLowerCase(Locale.ROOT);
            switch (type) {
              case "text/plain" -> plain.add(text(stream.getDecodedInputStream(), body.getCharset(), MAX_PART));
              case "text/html" -> html.add(text(stream.getDecodedInputStream(), body.getCharset(), MAX_PART));
              case "message/delivery-status", "message/global-delivery-status" ->
                  status.add(text(stream.getDecodedInputStream(), "utf-8", MAX_STATUS));
              case "message/feedback-report" -> feedback = true;
              default -> { }
            }
          }
          default -> { }
        }
      }
    } catch (MimeException e) {
      // What was read before the damage is kept: a broken part must not hide a readable report.
    }
    return new MailParts(fields, reportType, plain, html, status, feedback);
  }

  private static String reportType(Field field) {
    RawField raw = field instanceof RawField r ? r : new RawField(field.getName(), field.getBody());
    RawBody body = RawFieldParser.DEFAULT.parseRawBody(raw);
    for (NameValuePair param : body.getParams()) {
      if (param.getName().equalsIgnoreCase("report-type") && param.getValue() != null) {
        return param.getValue().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  private static String decode(String value) {
    try {
      String unfolded = value.indexOf('\n') < 0 ? value : FOLD.matcher(value).replaceAll(" ");
      return unfolded.contains("=?") ? DecoderUtil.decodeEncodedWords(unfolded, DecodeMonitor.SILENT) : unfolded;
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  /** Up to {@code max} bytes of {@code in}, decoded from {@code charset} (UTF-8 when unknown); the rest skipped. */
  private static String text(InputStream in, String charset, int max) throws IOException {
    // Read straight into one growing array: the part arrives a line at a time, and a synchronized
    // ByteArrayOutputStream took a lock for each.
    byte[] bytes = new byte[Math.min(max, 4096)];
    int size = 0;
    int read;
    while (size < max) {
      if (size == bytes.length) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(max, 2L * size));
      }
      read = in.read(bytes, size, bytes.length - size);
      if (read <= 0) {
        break;
      }
      size += read;
    }
    if (size == max) {
      byte[] skipped = new byte[8192];
      while (in.read(skipped) > 0) {
        // The rest of a part longer than max is not kept.
      }
    }
    Charset decoding;
    try {
      decoding = charset == null || charset.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(charset);
    } catch (IllegalArgumentException e) {
      decoding = StandardCharsets.UTF_8;
    }
    return new String(bytes, 0, size, decoding);
  }
}

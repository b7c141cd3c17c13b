package org.smtpreply.core;

import java.util.List;

/**
 * Writes a {@link Reply} the way a server sends it: every line but the last as {@code code-text},
 * the last as {@code code text} (or the bare code when its text is empty), each ended by CRLF.
 *
 * <p>For every reply in this form {@code format(parse(x))} equals {@code x}. Input the parser
 * tolerates (LF endings, trailing spaces, a flattened or doubled code) comes back in this form,
 * so {@code parse(format(parse(x)))} equals {@code parse(x)}. A line whose text starts with the
 * reply's own code ({@code 550 550 ...}) reads back as a doubled code, without the repeat.
 */
public final class ReplyFormatter {
  private ReplyFormatter() {}

  /** The reply with CRLF line ends, as on the wire. */
  public static String format(Reply reply) {
    return format(reply, "\r\n");
  }

  /** The reply with {@code lineEnd} after every line. */
  public static String format(Reply reply, String lineEnd) {
    List<String> lines = reply.lines();
    StringBuilder out = new StringBuilder(16 + lines.size() * 80);
    String code = reply.code().isPresent() ? Integer.toString(reply.code().getAsInt()) : "";
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      boolean last = i == lines.size() - 1;
      out.append(code);
      if (code.isEmpty()) {
        out.append(text);
      } else if (!last) {
        out.append('-').append(text);
      } else if (!text.isEmpty()) {
        out.append(' ').append(text);
      }
      out.append(lineEnd);
    }
    return out.toString();
  }
}

package org.smtpreply.core;


/**
 * Parses one SMTP reply as servers send it and as mail logs, bounce messages and client libraries
 * print it.
 *
 * <p>It reads single-line and multi-line replies (RFC 5321, section 4.2: {@code 250-} lines, the
 * last with a space), with or without an enhanced status code (RFC 2034, RFC 3463). It tolerates:
 * CRLF, LF or CR line ends; trailing spaces; a bare code ({@code 250}); missing text; blank lines;
 * an enhanced code on some lines only, after a vendor token, or written {@code #5.1.1} or
 * {@code (#5.7.1)}; a multi-line reply flattened onto one line ({@code 550-5.1.1 a 550 5.1.1 b});
 * a code doubled by a client library ({@code 550 550-5.1.1 ...}); a bare enhanced code with no
 * reply code ({@code 5.1.1 User unknown}); a {@code smtp;} (DSN) or {@code #} (Exchange) prefix;
 * and numbers in the text that are not codes. Reply codes whose second digit is above 5 (571) are
 * accepted although RFC 5321's grammar stops at 5, because servers in the field send them.
 *
 * <p>It rejects, with a {@link ReplyParseException} naming the line, what the RFCs forbid: lines
 * whose codes differ, a three-digit code whose first digit is not 2 to 5, an enhanced code whose
 * class disagrees with the reply code's, two different enhanced codes, and text that is not a reply
 * at all. It throws nothing else for any input. Thread-safe; allocates the reply and its lines.
 */
public final class ReplyParser {
  /**
   * The longest input {@link #parse} accepts, in characters. A reply line has at most 512 octets
   * (RFC 5321, section 4.5.3.1.5); this leaves room for long multi-line replies and nothing more.
   */
  public static final int MAX_REPLY_CHARS = 65_536;

  private ReplyParser() {}

  /** Parses {@code text}, which holds exactly one reply (blank lines around it are ignored). */
  public static Reply parse(CharSequence text) throws ReplyParseException {
    return ReplyScanner.scan(text, MAX_REPLY_CHARS);
  }
}

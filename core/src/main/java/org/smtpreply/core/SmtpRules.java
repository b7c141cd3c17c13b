package org.smtpreply.core;

import java.nio.charset.StandardCharsets;

/**
 * The rules of SMTP replies that every part of this project applies, each written here once: the
 * range of reply codes, the agreement of a reply's class with its enhanced code's, the 3yz replies
 * that carry no enhanced code, and the length of a reply line. The shape of an enhanced code
 * ({@code 5.1.1}) is {@link EnhancedStatus#parse(CharSequence)}'s.
 */
public final class SmtpRules {
  /** The lowest reply code: the first digit is 2 to 5 (RFC 5321, section 4.2). */
  public static final int MIN_REPLY_CODE = 200;
  /** The highest reply code. */
  public static final int MAX_REPLY_CODE = 599;
  /** A reply line is at most 512 octets, its CRLF included (RFC 5321, section 4.5.3.1.5). */
  public static final int MAX_REPLY_LINE_OCTETS = 512;

  private SmtpRules() {}

  /** Whether {@code code} is a reply code: three digits, the first 2 to 5. */
  public static boolean isReplyCode(int code) {
    return code >= MIN_REPLY_CODE && code <= MAX_REPLY_CODE;
  }

  /**
   * Whether a reply with {@code code} may carry an enhanced status code: every class but 3yz,
   * which asks for more input and reports no status (RFC 2034, section 4).
   */
  public static boolean carriesEnhancedCode(int code) {
    return code / 100 != 3;
  }

  /**
   * Whether an enhanced code of class {@code enhancedClass} may go with reply {@code code}: the two
   * classes must be the same digit (RFC 3463, section 2).
   */
  public static boolean classesAgree(int code, int enhancedClass) {
    return code / 100 == enhancedClass;
  }

  /**
   * The octets of the reply line {@code code enhanced text} with its CRLF, in UTF-8 (an SMTPUTF8
   * reply may carry UTF-8 text); {@code enhanced} may be empty.
   */
  public static int replyLineOctets(int code, String enhanced, String text) {
    String line = code + " " + (enhanced.isEmpty() ? "" : enhanced + " ") + text + "\r\n";
    return line.getBytes(StandardCharsets.UTF_8).length;
  }
}

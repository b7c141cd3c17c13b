package org.smtpreply.core;

/**
 * Finds the enhanced status code in the text of one reply line, by hand rather than with a regular
 * expression because it runs for every line parsed.
 *
 * <p>The code is looked for where servers put it, in this order: at the start of the text
 * ({@code 5.1.1 User unknown}, also written {@code #5.1.1} or {@code (#5.1.1)}); after one vendor
 * token ({@code RESOLVER 5.1.1 ...}); and anywhere when a {@code #} marks it, as qmail writes it at
 * the end ({@code ... rcpthosts (#5.7.1)}). Anything else that looks like numbers ({@code
 * 4.16.55.1}, an IP address, a version) is text. A found code is returned packed as {@code class *
 * 1_000_000 + subject * 1_000 + detail}, or -1.
 *
 * <p>{@link #parseAt} is the one definition of what an enhanced code looks like; {@link
 * EnhancedStatus#parse} and {@link EnhancedStatus#registryKey} read whole strings with it.
 */
final class EnhancedCodeFinder {
  /** A vendor token longer than this is a sentence's word run, not a token. */
  private static final int MAX_TOKEN = 64;

  private EnhancedCodeFinder() {}

  /** The code in {@code s[from, to)}, packed, or -1 when the line carries none. */
  static int find(CharSequence s, int from, int to) {
    if (from >= to) {
      return -1;
    }
    int p = skipMarks(s, from, to);
    long at = parseAt(s, p, to);
    if (at >= 0) {
      return (int) at;
    }
    int tokenEnd = from;
    while (tokenEnd < to && !isSpace(s.charAt(tokenEnd))) {
      tokenEnd++;
    }
    if (tokenEnd - from <= MAX_TOKEN) {
      int next = tokenEnd;
      while (next < to && isSpace(s.charAt(next))) {
        next++;
      }
      if (next > tokenEnd && next < to) {
        at = parseAt(s, skipMarks(s, next, to), to);
        if (at >= 0) {
          return (int) at;
        }
      }
    }
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '#') {
        at = parseAt(s, i + 1, to);
        if (at >= 0) {
          return (int) at;
        }
      }
    }
    return -1;
  }

  /**
   * How many characters a leading enhanced code takes at the start of {@code text}, with its marks
   * ({@code #}, {@code (#...)}); 0 when the text does not start with one.
   */
  static int leadingCodeLength(String text) {
    int p = skipMarks(text, 0, text.length());
    long at = parseAt(text, p, text.length());
    if (at < 0) {
      return 0;
    }
    int end = (int) (at >>> 32);
    if (p >= 2 && text.charAt(0) == '(' && end < text.length() && text.charAt(end) == ')') {
      end++;
    }
    return end;
  }

  /** Skips a leading {@code #} or {@code (#}. */
  private static int skipMarks(CharSequence s, int p, int to) {
    if (p < to && s.charAt(p) == '(' && p + 1 < to && s.charAt(p + 1) == '#') {
      return p + 2;
    }
    if (p < to && s.charAt(p) == '#') {
      return p + 1;
    }
    return p;
  }

  /**
   * The code that is the whole of {@code text}, packed ({@code X} as class 0 when {@code
   * anyClass}), or -1.
   */
  static long parseWhole(CharSequence text, boolean anyClass) {
    if (text == null) {
      return -1;
    }
    long at = parseAt(text, 0, text.length(), anyClass);
    return at >= 0 && (int) (at >>> 32) == text.length() ? at & 0xFFFF_FFFFL : -1;
  }

  /** {@link #parseAt(CharSequence, int, int, boolean)} of a concrete class (2, 4 or 5). */
  static long parseAt(CharSequence s, int p, int to) {
    return parseAt(s, p, to, false);
  }

  /**
   * An enhanced code starting exactly at {@code p}: {@code (end << 32) | packed}, or -1. Its class
   * is 2, 4 or 5 ({@code X}, packed as 0, too when {@code anyClass}); its subject and detail have
   * one to three digits. It must end the text or be followed by a space or punctuation, and not by
   * more digits or dots and digits (so {@code 5.6.7.8} and {@code 4.16.55.1} are not codes).
   */
  static long parseAt(CharSequence s, int p, int to, boolean anyClass) {
    if (p + 5 > to) {
      return -1;
    }
    char c = s.charAt(p);
    boolean x = anyClass && c == 'X';
    if ((c != '2' && c != '4' && c != '5' && !x) || s.charAt(p + 1) != '.') {
      return -1;
    }
    int q = p + 2;
    int subject = 0;
    int digits = 0;
    while (q < to && digits < 4 && isDigit(s.charAt(q))) {
      subject = subject * 10 + (s.charAt(q) - '0');
      q++;
      digits++;
    }
    if (digits == 0 || digits > 3 || q >= to || s.charAt(q) != '.') {
      return -1;
    }
    q++;
    int detail = 0;
    digits = 0;
    while (q < to && digits < 4 && isDigit(s.charAt(q))) {
      detail = detail * 10 + (s.charAt(q) - '0');
      q++;
      digits++;
    }
    if (digits == 0 || digits > 3 || !endsCode(s, q, to)) {
      return -1;
    }
    int classDigit = x ? 0 : c - '0';
    return ((long) q << 32) | (classDigit * 1_000_000 + subject * 1_000 + detail);
  }

  private static boolean endsCode(CharSequence s, int q, int to) {
    if (q >= to) {
      return true;
    }
    char c = s.charAt(q);
    switch (c) {
      case ' ', '\t', ')', ']', '>', ',', ';', ':', '\'', '"':
        return true;
      case '.':
        return q + 1 >= to || !isDigit(s.charAt(q + 1));
      default:
        return false;
    }
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }
}

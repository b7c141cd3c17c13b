package org.smtpreply.core;

import static org.smtpreply.core.EnhancedCodeFinder.isDigit;
import static org.smtpreply.core.EnhancedCodeFinder.isSpace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The hand-written reply parser behind {@link ReplyParser}: one pass over the characters, no
 * regular expressions, one string per line of text. What it tolerates and what it rejects is
 * listed on {@code ReplyParser}; this class keeps the how.
 */
final class ReplyScanner {
  private static final int NONE = -1;

  private final CharSequence in;
  private int code = NONE;
  private int enhanced = NONE;
  private String first;
  private List<String> more;

  private ReplyScanner(CharSequence in) {
    this.in = in;
  }

  /** Parses one reply from {@code in}, which must not be longer than {@code maxChars}. */
  static Reply scan(CharSequence in, int maxChars) throws ReplyParseException {
    if (in.length() > maxChars) {
      throw new ReplyParseException(1, tooLong(maxChars));
    }
    return new ReplyScanner(in).run();
  }

  /** The problem reported for input longer than {@code maxChars}. */
  static String tooLong(int maxChars) {
    return "the reply is longer than " + maxChars + " characters, while a reply line has at most 512"
        + " (RFC 5321 section 4.5.3.1.5); give one reply, not a whole log or message";
  }

  private Reply run() throws ReplyParseException {
    int n = in.length();
    int pos = 0;
    int lineNo = 0;
    int endedOn = 0;
    while (pos < n) {
      int eol = pos;
      char c = 0;
      while (eol < n && (c = in.charAt(eol)) != '\n' && c != '\r') {
        eol++;
      }
      int s = pos;
      int e = eol;
      pos = eol + (c == '\r' && eol + 1 < n && in.charAt(eol + 1) == '\n' ? 2 : 1);
      lineNo++;
      while (s < e && isSpace(in.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(in.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        continue;
      }
      if (endedOn != 0) {
        throw new ReplyParseException(lineNo, "more text after the end of the reply on line " + endedOn
            + " (a code followed by a space ends a reply); give one reply at a time");
      }
      if (line(s, e, lineNo, pos >= n || blankFrom(pos, n))) {
        endedOn = lineNo;
      }
    }
    if (code == NONE) {
      throw new ReplyParseException(Math.max(1, lineNo),
          "there is no reply here; give one such as '550 5.1.1 User unknown'");
    }
    List<String> lines = more == null ? List.of(first) : Collections.unmodifiableList(more);
    return new Reply(code, enhanced == NONE ? null : EnhancedStatus.unpack(enhanced), lines);
  }

  /** Reads one non-blank line {@code [s, e)}; returns whether it ends the reply. */
  private boolean line(int s, int e, int lineNo, boolean lastLine) throws ReplyParseException {
    if (code == NONE) {
      s = skipPrefix(in, s, e);
    }
    int c = codeAt(in, s, e);
    if (c < 0) {
      if (code == NONE && EnhancedCodeFinder.parseAt(in, s, e) >= 0) {
        code = 0;
        addLine(s, e, lineNo);
        return true;
      }
      throw new ReplyParseException(lineNo, code == NONE
          ? "no reply code at the start of '" + excerpt(s, e)
              + "'; a reply starts with a three-digit code such as 550, or an enhanced code such as 5.1.1"
          : "the line does not start with the reply's code " + (code == 0 ? "" : code + " ")
              + "('" + excerpt(s, e) + "'); every line of a reply starts with it (RFC 5321 section 4.2)");
    }
    if (!SmtpRules.isReplyCode(c)) {
      throw new ReplyParseException(lineNo, "reply code " + pad(c)
          + " is out of range; its first digit must be 2, 3, 4 or 5 (RFC 5321 section 4.2)");
    }
    if (code == NONE) {
      code = c;
    } else if (c != code) {
      throw new ReplyParseException(lineNo, "reply code " + c + " differs from the code " + code
          + " of the lines before it; every line of a reply carries the same code (RFC 5321 section 4.2.1)");
    }
    int after = afterCode(in, s, e, code);
    int p = after >>> 1;
    boolean continues = (after & 1) != 0;
    if (continues && lastLine) {
      // A multi-line reply joined onto one line, as mail logs print it: "550-5.1.1 a 550 5.1.1 b".
      int at;
      while (continues && (at = nextCode(in, p, e, code)) >= 0) {
        int end = at;
        while (end > p && isSpace(in.charAt(end - 1))) {
          end--;
        }
        addLine(p, end, lineNo);
        after = separator(in, at + 3, e);
        p = after >>> 1;
        continues = (after & 1) != 0;
      }
    }
    addLine(p, e, lineNo);
    return !continues;
  }

  private void addLine(int s, int e, int lineNo) throws ReplyParseException {
    int found = EnhancedCodeFinder.find(in, s, e);
    if (found != NONE) {
      int classDigit = found / 1_000_000;
      if (code > 0 && !SmtpRules.classesAgree(code, classDigit)) {
        throw new ReplyParseException(lineNo, "enhanced code " + EnhancedStatus.unpack(found) + " has class " + classDigit
            + " but reply code " + code + " has class " + code / 100 + "; they must agree (RFC 3463 section 2)");
      }
      if (enhanced == NONE) {
        enhanced = found;
      } else if (enhanced != found) {
        throw new ReplyParseException(lineNo, "enhanced code " + EnhancedStatus.unpack(found) + " differs from "
            + EnhancedStatus.unpack(enhanced) + " on the lines before it; a reply carries one enhanced code (RFC 2034 section 4)");
      }
    }
    String text = in.subSequence(s, e).toString();
    if (first == null) {
      first = text;
    } else {
      if (more == null) {
        more = new ArrayList<>(4);
        more.add(first);
      }
      more.add(text);
    }
  }

  /**
   * Whether {@code line} leaves its reply open, so that a reader must join the next line to it: a
   * {@code 550-} line, unless it is a flattened reply that holds its own final {@code 550 } part.
   */
  static boolean continues(CharSequence line) {
    int e = line.length();
    int s = 0;
    while (s < e && isSpace(line.charAt(s))) {
      s++;
    }
    s = skipPrefix(line, s, e);
    int c = codeAt(line, s, e);
    if (c < 0) {
      return false;
    }
    int after = afterCode(line, s, e, c);
    int at;
    while ((after & 1) != 0 && (at = nextCode(line, after >>> 1, e, c)) >= 0) {
      after = separator(line, at + 3, e);
    }
    return (after & 1) != 0;
  }

  /**
   * Reads the separator after the code at {@code s}, and a repeat of the code that a client
   * library printed before the reply ("550 550-5.1.1 ..."); see {@link #separator}.
   */
  private static int afterCode(CharSequence s, int at, int e, int code) {
    int after = separator(s, at + 3, e);
    if ((after & 1) == 0 && codeAt(s, after >>> 1, e) == code) {
      after = separator(s, (after >>> 1) + 3, e);
    }
    return after;
  }

  /**
   * The separator at {@code q}, right after a code: where the text starts, shifted left by one,
   * with the low bit set when it is a hyphen (the line continues).
   */
  private static int separator(CharSequence s, int q, int e) {
    boolean continues = q < e && s.charAt(q) == '-';
    return Math.min(q + 1, e) << 1 | (continues ? 1 : 0);
  }

  /** Skips what DSNs and Exchange put before a reply: {@code smtp;} and {@code #}. */
  private static int skipPrefix(CharSequence s, int p, int e) {
    if (p + 5 <= e && (s.charAt(p) | 0x20) == 's' && (s.charAt(p + 1) | 0x20) == 'm'
        && (s.charAt(p + 2) | 0x20) == 't' && (s.charAt(p + 3) | 0x20) == 'p' && s.charAt(p + 4) == ';') {
      p += 5;
      while (p < e && isSpace(s.charAt(p))) {
        p++;
      }
    }
    if (p + 1 < e && s.charAt(p) == '#' && isDigit(s.charAt(p + 1))) {
      p++;
    }
    return p;
  }

  /** The three-digit code at {@code p}, followed by a space, a hyphen or the end; or -1. */
  private static int codeAt(CharSequence s, int p, int e) {
    if (p + 3 > e) {
      return -1;
    }
    char a = s.charAt(p);
    char b = s.charAt(p + 1);
    char c = s.charAt(p + 2);
    if (!isDigit(a) || !isDigit(b) || !isDigit(c)) {
      return -1;
    }
    if (p + 3 < e) {
      char sep = s.charAt(p + 3);
      if (sep != ' ' && sep != '-' && sep != '\t') {
        return -1;
      }
    }
    return (a - '0') * 100 + (b - '0') * 10 + (c - '0');
  }

  /** The index of {@code code} after whitespace in {@code [p, e)}, as a flattened line repeats it; or -1. */
  private static int nextCode(CharSequence s, int p, int e, int code) {
    char a = (char) ('0' + code / 100);
    for (int i = Math.max(p, 1); i + 3 <= e; i++) {
      if (s.charAt(i) == a && isSpace(s.charAt(i - 1)) && i - 1 >= p && codeAt(s, i, e) == code) {
        return i;
      }
    }
    return -1;
  }

  private boolean blankFrom(int p, int n) {
    for (int i = p; i < n; i++) {
      char c = in.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  private String excerpt(int s, int e) {
    return e - s <= 40 ? in.subSequence(s, e).toString() : in.subSequence(s, s + 37) + "...";
  }

  private static String pad(int code) {
    return code < 10 ? "00" + code : code < 100 ? "0" + code : Integer.toString(code);
  }

}

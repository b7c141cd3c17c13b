package org.smtpreply.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One SMTP reply (RFC 5321, section 4.2): its three-digit code, the enhanced status code it
 * carries (RFC 2034, RFC 3463) if any, and the text of each of its lines. Immutable.
 *
 * <p>Get one from {@link ReplyParser#parse(CharSequence)} or a {@link ReplyReader}, or build one
 * with {@link #of(int, EnhancedStatus, List)} and write it with {@link ReplyFormatter}.
 */
public final class Reply {
  private final int code;
  private final EnhancedStatus enhanced;
  private final List<String> lines;

  /** Trusted: the parser has checked everything {@link #of} checks. */
  Reply(int code, EnhancedStatus enhanced, List<String> lines) {
    this.code = code;
    this.enhanced = enhanced;
    this.lines = lines;
  }

  /**
   * A reply with {@code code} (0 for a bare enhanced status code with no reply code), an optional
   * enhanced code (null for none) and the text of each line, as it follows the code and its
   * separator; throws {@link IllegalArgumentException} for a reply the RFCs forbid.
   */
  public static Reply of(int code, EnhancedStatus enhanced, List<String> lines) {
    if (code != 0 && !SmtpRules.isReplyCode(code)) {
      throw new IllegalArgumentException("reply code must be 200 to 599, not " + code);
    }
    if (code == 0 && enhanced == null) {
      throw new IllegalArgumentException("a reply needs a reply code, an enhanced code or both");
    }
    if (code != 0 && enhanced != null && !SmtpRules.classesAgree(code, enhanced.classDigit())) {
      throw new IllegalArgumentException(
          "enhanced code " + enhanced + " and reply code " + code + " have different classes");
    }
    List<String> copy = List.copyOf(lines);
    if (copy.isEmpty() || (code == 0 && copy.size() != 1)) {
      throw new IllegalArgumentException(code == 0
          ? "a reply without a reply code has exactly one line"
          : "a reply has at least one line (its text may be empty)");
    }
    for (String line : copy) {
      if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("a line's text cannot contain CR or LF: " + line);
      }
    }
    return new Reply(code, enhanced, copy);
  }

  /** The three-digit reply code; empty for a bare enhanced status code such as {@code 5.1.1}. */
  public OptionalInt code() {
    return code == 0 ? OptionalInt.empty() : OptionalInt.of(code);
  }

  /** The enhanced status code, if any line carries one. */
  public Optional<EnhancedStatus> enhanced() {
    return Optional.ofNullable(enhanced);
  }

  /**
   * The text of each line as the server sent it after the code and its separator (so it still
   * holds the enhanced code), without trailing spaces.
   */
  public List<String> lines() {
    return lines;
  }

  /** Whether the reply has more than one line. */
  public boolean isMultiline() {
    return lines.size() > 1;
  }

  /**
   * The human-readable text: every line without a leading enhanced code, joined with single
   * spaces. {@code 550 5.1.1 User unknown} gives {@code User unknown}.
   */
  public String text() {
    List<String> parts = new ArrayList<>(lines.size());
    for (String line : lines) {
      String rest = line.substring(EnhancedCodeFinder.leadingCodeLength(line)).strip();
      if (!rest.isEmpty()) {
        parts.add(rest);
      }
    }
    return String.join(" ", parts);
  }

  /**
   * The class: from the reply code's first digit, or from the enhanced code's class when there is
   * no reply code.
   */
  public ReplyClass replyClass() {
    return ReplyClass.ofDigit(code != 0 ? code / 100 : enhanced.classDigit());
  }

  /** Soft for a transient failure (4yz), hard for a permanent one (5yz), none otherwise. */
  public BounceKind bounce() {
    return replyClass().bounce();
  }

  /** The enhanced code's subject; {@link Subject#OTHER} when there is no enhanced code. */
  public Subject subject() {
    return enhanced == null ? Subject.OTHER : Subject.of(enhanced.subject());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reply other
        && code == other.code
        && Objects.equals(enhanced, other.enhanced)
        && lines.equals(other.lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, enhanced, lines);
  }

  /** The reply as sent, lines separated by LF. */
  @Override
  public String toString() {
    return ReplyFormatter.format(this, "\n").stripTrailing();
  }
}

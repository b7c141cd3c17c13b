package org.smtpreply.benchmarks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smtpreply.core.BounceKind;
import org.smtpreply.core.ReplyClass;
import org.smtpreply.core.Subject;

/**
 * The baseline: a single-line reply parsed the straightforward way, with one {@link Pattern}
 * (code, separator, optional leading enhanced code, text) and classified from the groups. It
 * handles less than the real parser (no multi-line, no {@code #5.1.1}, no vendor token) and is
 * only here to be measured against it.
 */
public final class RegexReplyParser {
  private static final Pattern REPLY = Pattern.compile(
      "^([2-5][0-9][0-9])(?:[ -]|$)(?:([245])\\.([0-9]{1,3})\\.([0-9]{1,3})(?=\\s|$))?\\s*(.*?)\\s*$");

  /**
   * The result of a regex parse.
   *
   * @param code       the reply code
   * @param enhanced   the enhanced code as written, or null
   * @param subject    the enhanced code's subject
   * @param bounce     the bounce kind
   * @param text       the text after the codes
   */
  public record Parsed(int code, String enhanced, Subject subject, BounceKind bounce, String text) {}

  private RegexReplyParser() {}

  /** Parses and classifies one reply line; throws {@link IllegalArgumentException} if it is not one. */
  public static Parsed parse(String line) {
    Matcher m = REPLY.matcher(line);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a reply: " + line);
    }
    int code = Integer.parseInt(m.group(1));
    String enhanced = null;
    Subject subject = Subject.OTHER;
    if (m.group(2) != null) {
      if (Integer.parseInt(m.group(2)) != code / 100) {
        throw new IllegalArgumentException("classes disagree: " + line);
      }
      enhanced = m.group(2) + "." + m.group(3) + "." + m.group(4);
      subject = Subject.of(Integer.parseInt(m.group(3)));
    }
    return new Parsed(code, enhanced, subject, ReplyClass.of(code).bounce(), m.group(5));
  }
}

package org.smtpreply.core;

import java.util.Comparator;
import java.util.Optional;

/**
 * An enhanced status code as a reply carries it (RFC 3463, RFC 2034): {@code class.subject.detail},
 * such as {@code 5.1.1}.
 *
 * <p>The IANA registry lists each subject and detail once, with the class written {@code X}
 * ({@code X.1.1}): the same subject and detail mean the same in the transient ({@code 4.1.1}) and
 * the permanent ({@code 5.1.1}) form. {@link #registryKey(CharSequence)} reads either way of
 * writing.
 *
 * @param classDigit 2 (success), 4 (persistent transient failure) or 5 (permanent failure)
 * @param subject    0 to 999; 0 to 7 are assigned (see {@link Subject})
 * @param detail     0 to 999
 */
public record EnhancedStatus(int classDigit, int subject, int detail) {

  /**
   * Orders registry keys ({@code X.1.1}) and codes ({@code 5.1.1}) by subject, then detail, then
   * class, numerically; text that is not a code sorts after codes, as text.
   */
  public static final Comparator<String> ORDER = EnhancedStatus::compareWritten;

  /** Checks the ranges of RFC 3463: class 2, 4 or 5; subject and detail of one to three digits. */
  public EnhancedStatus {
    if (!isClass(classDigit)) {
      throw new IllegalArgumentException("enhanced status class must be 2, 4 or 5, not " + classDigit);
    }
    if (subject < 0 || subject > 999 || detail < 0 || detail > 999) {
      throw new IllegalArgumentException(
          "enhanced status subject and detail must be 0 to 999, not " + subject + "." + detail);
    }
  }

  /**
   * The code written {@code text}: exactly {@code class.subject.detail} with class 2, 4 or 5 and a
   * subject and a detail of one to three digits; empty otherwise.
   */
  public static Optional<EnhancedStatus> parse(CharSequence text) {
    long packed = EnhancedCodeFinder.parseWhole(text, false);
    return packed < 0 || packed / 1_000_000 == 0 ? Optional.empty() : Optional.of(unpack((int) packed));
  }

  /**
   * The registry key ({@code X.1.1}) of a code written {@code 5.1.1}, {@code 4.1.1}, {@code 2.1.1}
   * or {@code X.1.1}; empty if it is not written that way.
   */
  public static Optional<String> registryKey(CharSequence text) {
    long packed = EnhancedCodeFinder.parseWhole(text, true);
    return packed < 0 ? Optional.empty()
        : Optional.of("X." + packed / 1_000 % 1_000 + "." + packed % 1_000);
  }

  /** The code of class {@code classDigit} with the subject and detail of {@code key}, such as {@code X.1.1}. */
  public static EnhancedStatus inClass(String key, int classDigit) {
    long packed = EnhancedCodeFinder.parseWhole(key, true);
    if (packed < 0) {
      throw new IllegalArgumentException("not an enhanced status code: " + key);
    }
    return new EnhancedStatus(classDigit, (int) (packed / 1_000 % 1_000), (int) (packed % 1_000));
  }

  /**
   * The enhanced code a line of reply text carries, looked for where servers put it: at its start
   * ({@code 5.1.1}, {@code #5.1.1}, {@code (#5.1.1)}), after one vendor token, or anywhere after a
   * {@code #}; empty when it carries none.
   */
  public static Optional<EnhancedStatus> find(CharSequence line) {
    int packed = EnhancedCodeFinder.find(line, 0, line.length());
    return packed < 0 ? Optional.empty() : Optional.of(unpack(packed));
  }

  /** Whether {@code digit} is a class an enhanced code may have: 2, 4 or 5. */
  public static boolean isClass(int digit) {
    return digit == 2 || digit == 4 || digit == 5;
  }

  /** The subject area this code is about; {@link Subject#OTHER} for subject 0 and unassigned subjects. */
  public Subject subjectArea() {
    return Subject.of(subject);
  }

  /** The code written with {@code X} for its class, the key of its registry entry: {@code X.1.1}. */
  public String registryKey() {
    return "X." + subject + "." + detail;
  }

  /** The code as written in replies: {@code 5.1.1}. */
  @Override
  public String toString() {
    return classDigit + "." + subject + "." + detail;
  }

  static EnhancedStatus unpack(int packed) {
    return new EnhancedStatus(packed / 1_000_000, packed / 1_000 % 1_000, packed % 1_000);
  }

  private static int compareWritten(String a, String b) {
    long pa = EnhancedCodeFinder.parseWhole(a, true);
    long pb = EnhancedCodeFinder.parseWhole(b, true);
    if (pa < 0 || pb < 0) {
      return pa < 0 && pb < 0 ? a.compareTo(b) : pa < 0 ? 1 : -1;
    }
    // Subject and detail first, then the class (X, written as 0, before 2, 4 and 5).
    long ka = pa % 1_000_000 * 10 + pa / 1_000_000;
    long kb = pb % 1_000_000 * 10 + pb / 1_000_000;
    return Long.compare(ka, kb);
  }
}

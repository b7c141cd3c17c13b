package org.smtpreply.catalog.reply;

/**
 * An enhanced status code as a reply carries it (RFC 3463, RFC 2034): {@code class.subject.detail},
 * such as {@code 5.1.1}.
 *
 * @param classDigit 2 (success), 4 (persistent transient failure) or 5 (permanent failure)
 * @param subject    0 to 999; 0 to 7 are assigned (see {@link Subject})
 * @param detail     0 to 999
 */
public record EnhancedStatus(int classDigit, int subject, int detail) {

  /** Checks the ranges of RFC 3463: class 2, 4 or 5; subject and detail of one to three digits. */
  public EnhancedStatus {
    if (classDigit != 2 && classDigit != 4 && classDigit != 5) {
      throw new IllegalArgumentException("enhanced status class must be 2, 4 or 5, not " + classDigit);
    }
    if (subject < 0 || subject > 999 || detail < 0 || detail > 999) {
      throw new IllegalArgumentException(
          "enhanced status subject and detail must be 0 to 999, not " + subject + "." + detail);
    }
  }

  /** The subject area this code is about; {@link Subject#OTHER} for subject 0 and unassigned subjects. */
  public Subject subjectArea() {
    return Subject.of(subject);
  }

  /** The code written with {@code X} for its class, the key of its catalog entry: {@code X.1.1}. */
  public String withoutClass() {
    return "X." + subject + "." + detail;
  }

  /** The code as written in replies: {@code 5.1.1}. */
  @Override
  public String toString() {
    return classDigit + "." + subject + "." + detail;
  }
}

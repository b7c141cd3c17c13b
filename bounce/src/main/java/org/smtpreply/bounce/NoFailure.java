package org.smtpreply.bounce;

import java.util.Locale;

/** What a message that reports no failed delivery is. */
public enum NoFailure {
  /** A delivery status notification of a successful delivery. */
  DELIVERED,
  /** A delivery status notification of a message passed on to a system that sends none. */
  RELAYED,
  /** An automatic reply, such as an out-of-office message. */
  AUTO_REPLY,
  /** A complaint or abuse report (RFC 5965 feedback report). */
  FEEDBACK_REPORT,
  /** An ordinary message: no report at all. */
  NOT_A_REPORT;

  /** The kind in lower case with hyphens, as JSON and the command line write it: {@code auto-reply}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

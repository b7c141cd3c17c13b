package org.smtpreply.core;

/**
 * The subject of an enhanced status code, its middle number (RFC 3463, section 3): the area of
 * the mail system that the status is about.
 */
public enum Subject {
  /** X.0.x: other or undefined status; also any subject number RFC 3463 does not assign. */
  OTHER(0),
  /** X.1.x: addressing status, the envelope's sender or recipient address. */
  ADDRESSING(1),
  /** X.2.x: mailbox status, the recipient's mailbox. */
  MAILBOX(2),
  /** X.3.x: mail system status, the receiving host as a whole. */
  MAIL_SYSTEM(3),
  /** X.4.x: network and routing status. */
  NETWORK_AND_ROUTING(4),
  /** X.5.x: mail delivery protocol status, the SMTP conversation itself. */
  DELIVERY_PROTOCOL(5),
  /** X.6.x: message content or media status. */
  MESSAGE_CONTENT(6),
  /** X.7.x: security or policy status. */
  SECURITY_OR_POLICY(7);

  private static final Subject[] BY_NUMBER = values();

  private final int number;

  Subject(int number) {
    this.number = number;
  }

  /** The subject number, 0 to 7. */
  public int number() {
    return number;
  }

  /** The subject with number {@code subject}; {@link #OTHER} for numbers RFC 3463 does not assign. */
  public static Subject of(int subject) {
    return subject >= 0 && subject < BY_NUMBER.length ? BY_NUMBER[subject] : OTHER;
  }
}

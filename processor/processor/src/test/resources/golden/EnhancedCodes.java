package org.smtpreply.codes;

/**
 * The enhanced status codes of the IANA registry (RFC 3463), for
 * {@code @SmtpReply(enhanced = ...)}, one constant per class form.
 *
 * <p>Generated from the SMTP reply catalog; do not edit.
 */
public final class EnhancedCodes {
  /**
   * 2.0.0 Other undefined status.
   *
   * <p>Positive completion: not a bounce. RFC 3463.
   */
  public static final String OTHER_UNDEFINED_STATUS_SUCCESS = "2.0.0";

  /**
   * 4.1.1 Bad destination mailbox address.
   *
   * <p>Transient negative completion: a soft bounce, retry later. RFC 3463.
   */
  public static final String BAD_DESTINATION_MAILBOX_ADDRESS_TRANSIENT = "4.1.1";

  /**
   * 5.1.1 Bad destination mailbox address.
   *
   * <p>Permanent negative completion: a hard bounce, do not retry. RFC 3463.
   */
  public static final String BAD_DESTINATION_MAILBOX_ADDRESS_PERMANENT = "5.1.1";

  private EnhancedCodes() {
  }
}

package org.smtpreply.codes;

/**
 * The enhanced status codes of the IANA registry (RFC 3463), for
 * {@code @SmtpReply(enhanced = ...)}, one constant per class form.
 *
 * <p>Names: a basic code's constant is the reply's wording in the RFC that defines it, in upper snake
 * case (550 is MAILBOX_UNAVAILABLE, 421 SERVICE_NOT_AVAILABLE), with NONSTANDARD_ in front for a
 * code no RFC defines; an organization's own code has the constant its extra catalog gives it. An
 * enhanced code's constant is its name in the IANA registry in upper snake case, then _SUCCESS,
 * _TRANSIENT or _PERMANENT for the class digit 2, 4 or 5 (5.1.1 is
 * BAD_DESTINATION_MAILBOX_ADDRESS_PERMANENT, 4.2.2 MAILBOX_FULL_TRANSIENT). Each constant's
 * Javadoc starts with its code, so an IDE finds a constant by its code too.
 *
 * <p>Generated from the SMTP reply catalog; do not edit.
 */
public final class EnhancedCodes {
  /**
   * 2.0.0 Other undefined status.
   *
   * <p>s
   *
   * <p>Positive completion: not a bounce. RFC 3463.
   *
   * @see <a href="https://mail-docs.example.com/en/enhanced/2.0.0/">2.0.0 Other undefined status</a>
   */
  public static final String OTHER_UNDEFINED_STATUS_SUCCESS = "2.0.0";

  /**
   * 4.1.1 Bad destination mailbox address.
   *
   * <p>5.1.1 means the mailbox does not exist.
   *
   * <p>Transient negative completion: a soft bounce, retry later. RFC 3463.
   *
   * @see <a href="https://mail-docs.example.com/en/enhanced/4.1.1/">4.1.1 Bad destination mailbox address</a>
   */
  public static final String BAD_DESTINATION_MAILBOX_ADDRESS_TRANSIENT = "4.1.1";

  /**
   * 5.1.1 Bad destination mailbox address.
   *
   * <p>5.1.1 means the mailbox does not exist.
   *
   * <p>Permanent negative completion: a hard bounce, do not retry. RFC 3463.
   *
   * @see <a href="https://mail-docs.example.com/en/enhanced/5.1.1/">5.1.1 Bad destination mailbox address</a>
   */
  public static final String BAD_DESTINATION_MAILBOX_ADDRESS_PERMANENT = "5.1.1";

  private EnhancedCodes() {
  }
}

package org.smtpreply.codes;

/**
 * The SMTP basic reply codes of the built-in catalog, for {@code @SmtpReply(code = ...)}.
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
public final class ReplyCodes {
  /**
   * 250 Requested action completed.
   *
   * <p>s
   *
   * <p>Positive completion: not a bounce. RFC 5321 §4.2.2.
   *
   * @see <a href="https://mail-docs.example.com/en/250/">250 Requested action completed</a>
   */
  public static final int OK = 250;

  /**
   * 550 Mailbox unavailable.
   *
   * <p>The server refused the recipient, e.g. an unknown one (RFC 5321 4.2.2).
   *
   * <p>Permanent negative completion: a hard bounce, do not retry. RFC 5321 §4.2.2.
   *
   * @see <a href="https://mail-docs.example.com/en/550/">550 Mailbox unavailable</a>
   */
  public static final int MAILBOX_UNAVAILABLE = 550;

  /**
   * 577 Blocked by *&#47; the &#64;gateway.
   *
   * <p>Quota of C:&#92;users and x &#92;u002a/ y are text, not code.
   *
   * <p>Permanent negative completion: a hard bounce, do not retry. Non-standard: no RFC defines it with this meaning; its catalog page says where it comes from.
   *
   * @see <a href="https://mail-docs.example.com/en/577/">577 Blocked by *&#47; the &#64;gateway</a>
   */
  public static final int EXAMPLE_POLICY_BLOCK = 577;

  private ReplyCodes() {
  }
}

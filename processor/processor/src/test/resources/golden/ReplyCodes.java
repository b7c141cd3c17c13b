package org.smtpreply.codes;

/**
 * The SMTP basic reply codes of the catalog, for {@code @SmtpReply(code = ...)}.
 *
 * <p>Generated from the SMTP reply catalog; do not edit.
 */
public final class ReplyCodes {
  /**
   * 250 Requested action completed.
   *
   * <p>Positive completion: not a bounce. RFC 5321 §4.2.2.
   */
  public static final int OK = 250;

  /**
   * 550 Mailbox unavailable.
   *
   * <p>Permanent negative completion: a hard bounce, do not retry. RFC 5321 §4.2.2.
   */
  public static final int MAILBOX_UNAVAILABLE = 550;

  /**
   * 577 Blocked by *&#47; the &#64;gateway.
   *
   * <p>Permanent negative completion: a hard bounce, do not retry. Non-standard: no RFC defines it with this meaning; its catalog page says where it comes from.
   */
  public static final int EXAMPLE_POLICY_BLOCK = 577;

  private ReplyCodes() {
  }
}

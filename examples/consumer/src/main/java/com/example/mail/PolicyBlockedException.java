package com.example.mail;

import org.smtpreply.annotation.SmtpReply;
import org.smtpreply.codes.EnhancedCodes;
import org.smtpreply.codes.ReplyCodes;

/** The gateway's policy refused the recipient: this organization's own code, from its extra catalog. */
@SmtpReply(code = ReplyCodes.EXAMPLE_POLICY_BLOCK,
    enhanced = EnhancedCodes.DELIVERY_NOT_AUTHORIZED_PERMANENT,
    text = "Blocked by policy")
public class PolicyBlockedException extends SmtpException {
  private static final long serialVersionUID = 1L;

  public PolicyBlockedException(String address) {
    super(address);
  }
}

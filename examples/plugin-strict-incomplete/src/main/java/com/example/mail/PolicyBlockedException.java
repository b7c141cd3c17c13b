package com.example.mail;

import org.smtpreply.annotation.SmtpReply;
import org.smtpreply.codes.EnhancedCodes;

/**
 * The gateway's policy refused the recipient: this organization's own code, from its extra catalog,
 * whose constant the processor generates in this codebase's package.
 */
@SmtpReply(code = ExtraReplyCodes.EXAMPLE_POLICY_BLOCK,
    enhanced = EnhancedCodes.DELIVERY_NOT_AUTHORIZED_PERMANENT,
    text = "Blocked by policy")
public class PolicyBlockedException extends SmtpException {
  private static final long serialVersionUID = 1L;

  public PolicyBlockedException(String address) {
    super(address);
  }
}

package com.example.mail;

import org.smtpreply.annotation.SmtpReply;

/** The gateway's policy refused the recipient: this organization's own code, from its extra catalog. */
@SmtpReply(code = 577, enhanced = "5.7.1", text = "Blocked by policy")
public class PolicyBlockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PolicyBlockedException(String address) {
    super(address);
  }
}

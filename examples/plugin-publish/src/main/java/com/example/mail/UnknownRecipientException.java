package com.example.mail;

import org.smtpreply.annotation.SmtpReply;
import org.smtpreply.codes.EnhancedCodes;
import org.smtpreply.codes.ReplyCodes;

/** RCPT TO named a mailbox that does not exist here. */
@SmtpReply(code = ReplyCodes.MAILBOX_UNAVAILABLE,
    enhanced = EnhancedCodes.BAD_DESTINATION_MAILBOX_ADDRESS_PERMANENT,
    text = "Recipient address rejected")
public class UnknownRecipientException extends SmtpException {
  private static final long serialVersionUID = 1L;

  public UnknownRecipientException(String address) {
    super(address);
  }
}

package com.example.mail;

import org.smtpreply.annotation.SmtpReply;
import org.smtpreply.codes.EnhancedCodes;
import org.smtpreply.codes.ReplyCodes;

/** The recipient's mailbox is over its quota. */
@SmtpReply(code = ReplyCodes.EXCEEDED_STORAGE_ALLOCATION,
    enhanced = EnhancedCodes.MAILBOX_FULL_PERMANENT,
    text = "Mailbox full")
public class MailboxFullException extends SmtpException {
  private static final long serialVersionUID = 1L;

  public MailboxFullException(String address) {
    super(address);
  }
}

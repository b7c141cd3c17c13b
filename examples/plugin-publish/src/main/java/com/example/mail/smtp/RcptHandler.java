package com.example.mail.smtp;

import com.example.mail.UnknownRecipientException;
import org.smtpreply.annotation.SmtpReply;

/** Handles RCPT TO: accepts known mailboxes, rejects the others. */
public final class RcptHandler {

  /** The reply line for {@code address}. */
  @SmtpReply(code = 250, enhanced = "2.1.5", text = "Recipient ok")
  @SmtpReply(code = 550, enhanced = "5.1.1", text = "Recipient address rejected")
  public String rcpt(String address) {
    if (address.endsWith("@example.com")) {
      return "250 2.1.5 Recipient ok";
    }
    throw new UnknownRecipientException(address);
  }
}

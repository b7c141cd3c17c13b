package com.example.mail;

import org.smtpreply.annotation.SmtpReply;

/** Wrong on purpose: a permanent 550 with the transient mailbox-full code 4.2.2. */
@SmtpReply(code = 550,
    enhanced = "4.2.2",
    text = "Mailbox full")
public class MailboxFullException extends RuntimeException {
  private static final long serialVersionUID = 1L;
}

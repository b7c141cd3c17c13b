package com.example.mail.smtp;

import org.smtpreply.annotation.SmtpReply;

/** Fixed replies the session sends. */
public final class Replies {
  private Replies() {}

  /** The reply to QUIT. */
  @SmtpReply(code = 221, enhanced = "2.0.0", text = "Bye")
  public static final String CLOSING = "221 2.0.0 Bye";
}

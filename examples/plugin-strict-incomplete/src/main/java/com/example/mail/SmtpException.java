package com.example.mail;

/** The base of the exceptions that end an SMTP transaction with a reply. */
public abstract class SmtpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected SmtpException(String message) {
    super(message);
  }
}

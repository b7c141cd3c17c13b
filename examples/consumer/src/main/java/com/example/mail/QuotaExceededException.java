package com.example.mail;

/** A mailbox full because of a hard quota: not annotated, it inherits its parent's reply. */
public class QuotaExceededException extends MailboxFullException {
  private static final long serialVersionUID = 1L;

  public QuotaExceededException(String address) {
    super(address);
  }
}

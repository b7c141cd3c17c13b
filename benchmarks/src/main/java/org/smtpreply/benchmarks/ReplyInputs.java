package org.smtpreply.benchmarks;

import java.util.List;

/**
 * The single-line replies both parsers are measured on: real replies from Gmail, Microsoft 365,
 * Yahoo, Postfix, Sendmail and Exim (see catalog/src/test/resources/replies), with and without
 * enhanced codes, short and long.
 */
public final class ReplyInputs {
  private ReplyInputs() {}

  /** The inputs, in a fixed order. */
  public static final List<String> REPLIES = List.of(
      "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table",
      "250 2.0.0 Ok: queued as 4C2F61E0A2",
      "421 4.7.0 Try again later, closing connection.",
      "450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.",
      "550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp",
      "421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
      "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
      "554 <recipient@example.com>: Recipient address rejected: Relay access denied",
      "220 mx.example.com ESMTP Postfix",
      "553 5.1.3 <foo@@nil>... Invalid route address",
      "451 4.3.0 Temporary System Problem. Try again later",
      "250 OK",
      "552 5.2.2 Mailbox full",
      "530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM",
      "221 2.0.0 Bye",
      "354 End data with <CR><LF>.<CR><LF>");
}

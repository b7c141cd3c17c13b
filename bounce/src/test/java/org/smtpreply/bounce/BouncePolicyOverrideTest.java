package org.smtpreply.bounce;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.bounce.Diagnosis;
import org.smtpreply.core.bounce.BouncePolicy;

/** A bounce handler's own rules through the policy API: a mailbox full for 30 days counts as dead. */
class BouncePolicyOverrideTest {
  private static final String FULL = "Nov 30 10:17:40 mail postfix/smtp[1257]: C25D0AF9DB: to=<uma@example.com>,"
      + " relay=mx.example.com[192.0.2.9]:25, dsn=5.2.2, status=bounced (host mx.example.com[192.0.2.9] said:"
      + " 552 5.2.2 <uma@example.com> Mailbox full (in reply to end of DATA command))";

  @Test
  void byDefaultAFullMailboxNeverSuppressesTheAddress() {
    BounceReader reader = BounceReader.builtIn();
    Diagnosis d = reader.readLine(FULL).orElseThrow();
    assertFalse(d.suppressAddress());
    assertFalse(reader.suppressesAddress(d, Duration.ofDays(365)));
  }

  @Test
  void aPolicyCanSuppressAMailboxStillFullAfter30Days() {
    BounceReader reader = new BounceReader(Catalog.builtIn(),
        BouncePolicy.rfc5321().withSuppressionAfter("mailbox-full", Duration.ofDays(30)));
    Diagnosis d = reader.readLine(FULL).orElseThrow();
    assertFalse(d.suppressAddress(), "the first bounce keeps the address");
    assertFalse(reader.suppressesAddress(d, Duration.ofDays(29)));
    assertTrue(reader.suppressesAddress(d, Duration.ofDays(30)));
  }

  @Test
  void aPolicyCanSuppressAtTheFirstBounce() {
    BounceReader reader = new BounceReader(Catalog.builtIn(),
        BouncePolicy.rfc5321().withSuppressionAfter("mailbox-full", Duration.ZERO));
    assertTrue(reader.readLine(FULL).orElseThrow().suppressAddress());
  }
}

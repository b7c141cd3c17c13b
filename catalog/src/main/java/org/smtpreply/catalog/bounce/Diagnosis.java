package org.smtpreply.catalog.bounce;

import java.util.Optional;
import org.smtpreply.catalog.Provider;
import org.smtpreply.catalog.ProviderReply;
import org.smtpreply.catalog.Reason;
import org.smtpreply.core.bounce.RecipientReport;

/**
 * A bounce for one recipient, with its two verdicts: will this message go through (the sending
 * server retries, or has stopped), and is the address itself dead (suppress it from mailing lists,
 * or keep it and fix the cause).
 *
 * @param report          what the bounce or log said
 * @param classification  why it bounced: the reason, and the provider when recognised
 * @param retry           whether the message is still being retried (a soft bounce, delayed)
 * @param suppressAddress whether to suppress the address: only when the address itself is dead,
 *                        and the failure is final (or as the bounce policy says)
 */
public record Diagnosis(RecipientReport report, Classification classification, boolean retry,
    boolean suppressAddress) {

  /** The reason. */
  public Reason reason() {
    return classification.reason();
  }

  /** The provider whose servers sent the reply, when recognised. */
  public Optional<Provider> provider() {
    return classification.provider();
  }

  /** The provider's documented reply it is, when one matched. */
  public Optional<ProviderReply> providerReply() {
    return classification.match();
  }
}

package org.smtpreply.catalog.explain;

import java.util.Optional;
import org.smtpreply.catalog.AdviceText;
import org.smtpreply.catalog.Localized;
import org.smtpreply.catalog.bounce.Diagnosis;

/**
 * A bounce for one recipient explained in one locale: why it happened and what to do (the
 * reason's text), the provider's own text when its documented reply matched, and the meaning of
 * the reply's codes.
 *
 * @param diagnosis     the recipient, the codes, the reason, the provider and the two verdicts
 * @param reason        the reason's title, explanation and what to do
 * @param providerReply the matched provider reply's title, explanation and what to do
 * @param reply         the reply's codes explained; empty when the bounce gave no code at all
 */
public record BounceExplanation(Diagnosis diagnosis, Localized<AdviceText> reason,
    Optional<Localized<AdviceText>> providerReply, Optional<Explanation> reply) {

  /** What to do: the provider's advice for its own reply, else the reason's. */
  public String action() {
    return providerReply.map(text -> text.value().action()).orElse(reason.value().action());
  }
}

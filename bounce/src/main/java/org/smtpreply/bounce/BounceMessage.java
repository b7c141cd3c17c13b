package org.smtpreply.bounce;

import java.util.List;
import java.util.Optional;
import org.smtpreply.catalog.bounce.Diagnosis;

/**
 * What one message says: a diagnosis per failed or delayed recipient, or why it reports none.
 *
 * @param index     the message's place in its file, from 1 (an mbox holds several)
 * @param subject   its Subject, encoded words decoded; empty when it has none
 * @param noFailure why it reports no failure, when its results are empty
 * @param results   one diagnosis per failed or delayed recipient, in the message's order
 */
public record BounceMessage(int index, String subject, Optional<NoFailure> noFailure, List<Diagnosis> results) {

  /** Copies the list. */
  public BounceMessage {
    results = List.copyOf(results);
  }
}

package org.smtpreply.core.bounce;

import java.time.Instant;
import java.util.Objects;
import org.smtpreply.core.Reply;

/**
 * One delivery attempt to one recipient and the reply that ended it.
 *
 * @param at    when the attempt was made
 * @param reply the reply the receiving server gave
 */
public record Attempt(Instant at, Reply reply) {

  /** Rejects nulls. */
  public Attempt {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(reply, "reply");
  }
}

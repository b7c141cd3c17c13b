package org.smtpreply.core.bounce;

import java.util.Locale;
import java.util.Optional;

/** What a sending server did for one recipient, as a delivery status notification says (RFC 3464, 2.3.3). */
public enum Action {
  /** Delivery failed for good; the message is returned. */
  FAILED,
  /** Delivery has not succeeded yet; the server keeps trying. */
  DELAYED,
  /** The message was delivered. */
  DELIVERED,
  /** The message was passed on to a system that sends no notifications. */
  RELAYED,
  /** The message was delivered to a list or alias, which expands it further. */
  EXPANDED;

  /** The action as RFC 3464 writes it, in lower case: {@code failed}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the message did not reach the recipient (failed or delayed). */
  public boolean isFailure() {
    return this == FAILED || this == DELAYED;
  }

  /**
   * What a reply of class {@code classDigit} tells of a message when no report says: a failure of
   * class 5 failed, one of class 4 is still being retried, anything else was delivered.
   */
  public static Action ofClass(int classDigit) {
    return classDigit == 5 ? FAILED : classDigit == 4 ? DELAYED : DELIVERED;
  }

  /** The action written {@code value} (any case, surrounding space and a comment ignored), if it is one. */
  public static Optional<Action> of(String value) {
    String word = value.strip();
    int space = word.indexOf(' ');
    if (space > 0) {
      word = word.substring(0, space);
    }
    for (Action action : values()) {
      if (action.id().equalsIgnoreCase(word)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }
}

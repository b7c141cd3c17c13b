package org.smtpreply.core.bounce;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.smtpreply.core.BounceKind;
import org.smtpreply.core.Reply;

/**
 * Decides when the soft bounces of one recipient add up to a hard bounce. Immutable.
 *
 * <p>A soft bounce (4yz) keeps the message queued for another attempt; it becomes a hard bounce
 * when the retry period has run out or the retries are used up, whichever comes first: the rule
 * Cisco's Email Security Appliance applies with its "maximum time in queue" and "maximum number of
 * retries". A policy gives up before an attempt that would fall after the retry period, rather
 * than making it.
 *
 * <p>{@link #rfc5321()} takes its figures from RFC 5321, section 4.5.4.1: wait at least 30 minutes
 * before retrying, and keep trying for at least 4-5 days (here 5); the RFC sets no limit on the
 * number of retries, so neither does that policy.
 *
 * <p>Practice departs from the class digit for a full mailbox: {@code 5.2.2} (and {@code 552}
 * without an enhanced code) is permanent by class, but the owner often frees space within hours,
 * and RFC 5321 (section 4.5.3.1.10) asks clients to treat a 552 for too many recipients as
 * temporary. {@link #withMailboxFullAsSoft(boolean)} makes a policy count these as soft bounces.
 */
public final class BouncePolicy {
  /** RFC 5321, section 4.5.4.1: the give-up time needs to be at least 4-5 days. */
  public static final Duration RFC_5321_RETRY_PERIOD = Duration.ofDays(5);
  /** RFC 5321, section 4.5.4.1: the retry interval should be at least 30 minutes. */
  public static final Duration RFC_5321_RETRY_INTERVAL = Duration.ofMinutes(30);
  /** No limit on the number of retries. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  private static final BouncePolicy RFC_5321 =
      new BouncePolicy(RFC_5321_RETRY_PERIOD, UNLIMITED, RFC_5321_RETRY_INTERVAL, false);

  private final Duration retryPeriod;
  private final int maxRetries;
  private final Duration retryInterval;
  private final boolean mailboxFullAsSoft;
  private final Map<String, Duration> suppressAfter;

  private BouncePolicy(Duration retryPeriod, int maxRetries, Duration retryInterval, boolean mailboxFullAsSoft) {
    this(retryPeriod, maxRetries, retryInterval, mailboxFullAsSoft, Map.of());
  }

  private BouncePolicy(Duration retryPeriod, int maxRetries, Duration retryInterval, boolean mailboxFullAsSoft,
      Map<String, Duration> suppressAfter) {
    if (retryPeriod.isNegative() || retryInterval.isNegative() || retryInterval.isZero()) {
      throw new IllegalArgumentException("the retry period must not be negative and the interval must be positive");
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("the number of retries must not be negative, not " + maxRetries);
    }
    this.retryPeriod = retryPeriod;
    this.maxRetries = maxRetries;
    this.retryInterval = retryInterval;
    this.mailboxFullAsSoft = mailboxFullAsSoft;
    this.suppressAfter = Map.copyOf(suppressAfter);
  }

  /** Retries every 30 minutes or more for 5 days, with no limit on their number. */
  public static BouncePolicy rfc5321() {
    return RFC_5321;
  }

  /** This policy with a different time to keep retrying, counted from the first soft bounce. */
  public BouncePolicy withRetryPeriod(Duration period) {
    return new BouncePolicy(Objects.requireNonNull(period), maxRetries, retryInterval, mailboxFullAsSoft, suppressAfter);
  }

  /** This policy with at most {@code retries} attempts after the first ({@link #UNLIMITED} for none). */
  public BouncePolicy withMaxRetries(int retries) {
    return new BouncePolicy(retryPeriod, retries, retryInterval, mailboxFullAsSoft, suppressAfter);
  }

  /** This policy with a different wait between attempts. */
  public BouncePolicy withRetryInterval(Duration interval) {
    return new BouncePolicy(retryPeriod, maxRetries, Objects.requireNonNull(interval), mailboxFullAsSoft, suppressAfter);
  }

  /** This policy, counting a full mailbox (x.2.2, or 552 without an enhanced code) as soft or not. */
  public BouncePolicy withMailboxFullAsSoft(boolean soft) {
    return new BouncePolicy(retryPeriod, maxRetries, retryInterval, soft, suppressAfter);
  }

  /**
   * This policy, suppressing the address for bounces of {@code reason} (a reason id such as {@code
   * mailbox-full}) once they have gone on for {@code failingFor}; {@link Duration#ZERO} suppresses
   * at the first. A bounce handler that keeps a mailbox full for 30 days as dead:
   * {@code withSuppressionAfter("mailbox-full", Duration.ofDays(30))}.
   */
  public BouncePolicy withSuppressionAfter(String reason, Duration failingFor) {
    if (failingFor.isNegative()) {
      throw new IllegalArgumentException("a duration of failures cannot be negative, not " + failingFor);
    }
    Map<String, Duration> more = new HashMap<>(suppressAfter);
    more.put(Objects.requireNonNull(reason), failingFor);
    return new BouncePolicy(retryPeriod, maxRetries, retryInterval, mailboxFullAsSoft, more);
  }

  /**
   * Whether to suppress the address after bounces of {@code reason} that have gone on for {@code
   * failingFor} ({@link Duration#ZERO} for a single bounce): as set with {@link
   * #withSuppressionAfter}, else {@code byDefault}, the catalog's verdict for the reason (true only
   * when the address itself is dead).
   */
  public boolean suppressesAddress(String reason, boolean byDefault, Duration failingFor) {
    Duration after = suppressAfter.get(reason);
    return after == null ? byDefault : failingFor.compareTo(after) >= 0;
  }

  /** How long to keep retrying after the first soft bounce. */
  public Duration retryPeriod() {
    return retryPeriod;
  }

  /** How many attempts after the first are allowed; {@link #UNLIMITED} for no limit. */
  public int maxRetries() {
    return maxRetries;
  }

  /** How long to wait after a soft bounce before the next attempt. */
  public Duration retryInterval() {
    return retryInterval;
  }

  /** Whether a full mailbox counts as a soft bounce. */
  public boolean mailboxFullAsSoft() {
    return mailboxFullAsSoft;
  }

  /** The bounce kind of one reply under this policy: its class's, except for a full mailbox when so set. */
  public BounceKind bounceOf(Reply reply) {
    BounceKind kind = reply.bounce();
    if (kind == BounceKind.HARD && mailboxFullAsSoft && isMailboxFull(reply)) {
      return BounceKind.SOFT;
    }
    return kind;
  }

  private static boolean isMailboxFull(Reply reply) {
    return reply.enhanced()
        .map(e -> e.subject() == 2 && e.detail() == 2)
        .orElse(reply.code().orElse(0) == 552);
  }

  /**
   * The verdict on a recipient after {@code attempts}, given in time order: {@link BounceKind#NONE}
   * when the last attempt did not fail, {@link BounceKind#HARD} when it failed for good or the
   * soft bounces since the last success have used up the retry period or the retries, and
   * {@link BounceKind#SOFT} while retrying goes on.
   */
  public BounceKind verdict(List<Attempt> attempts) {
    Attempt last = last(attempts);
    BounceKind kind = bounceOf(last.reply());
    if (kind != BounceKind.SOFT) {
      return kind;
    }
    int first = attempts.size() - 1;
    while (first > 0 && bounceOf(attempts.get(first - 1).reply()) == BounceKind.SOFT) {
      first--;
    }
    int retries = attempts.size() - 1 - first;
    Instant deadline = attempts.get(first).at().plus(retryPeriod);
    if (retries >= maxRetries || last.at().plus(retryInterval).isAfter(deadline)) {
      return BounceKind.HARD;
    }
    return BounceKind.SOFT;
  }

  /** When to make the next attempt after {@code attempts}; empty when there is nothing to retry. */
  public Optional<Instant> nextAttempt(List<Attempt> attempts) {
    if (verdict(attempts) != BounceKind.SOFT) {
      return Optional.empty();
    }
    return Optional.of(last(attempts).at().plus(retryInterval));
  }

  private static Attempt last(List<Attempt> attempts) {
    if (attempts.isEmpty()) {
      throw new IllegalArgumentException("no attempts: a verdict needs at least one");
    }
    for (int i = 1; i < attempts.size(); i++) {
      if (attempts.get(i).at().isBefore(attempts.get(i - 1).at())) {
        throw new IllegalArgumentException("attempts must be in time order; attempt " + (i + 1) + " is earlier than attempt " + i);
      }
    }
    return attempts.get(attempts.size() - 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BouncePolicy other
        && retryPeriod.equals(other.retryPeriod)
        && maxRetries == other.maxRetries
        && retryInterval.equals(other.retryInterval)
        && mailboxFullAsSoft == other.mailboxFullAsSoft
        && suppressAfter.equals(other.suppressAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(retryPeriod, maxRetries, retryInterval, mailboxFullAsSoft, suppressAfter);
  }

  @Override
  public String toString() {
    return "BouncePolicy[retry every " + retryInterval + " for " + retryPeriod + ", "
        + (maxRetries == UNLIMITED ? "no retry limit" : "at most " + maxRetries + " retries")
        + (mailboxFullAsSoft ? ", full mailbox soft" : "")
        + (suppressAfter.isEmpty() ? "" : ", suppress after " + new java.util.TreeMap<>(suppressAfter)) + "]";
  }
}

package org.smtpreply.core.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smtpreply.core.BounceKind;
import org.smtpreply.core.Reply;
import org.smtpreply.core.ReplyParseException;
import org.smtpreply.core.ReplyParser;

/** When repeated soft bounces of one recipient become a hard bounce. */
class BouncePolicyTest {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private static Reply reply(String text) {
    try {
      return ReplyParser.parse(text);
    } catch (ReplyParseException e) {
      throw new AssertionError(e);
    }
  }

  private static final Reply DEFERRED = reply("451 4.7.1 Greylisted, try again later");
  private static final Reply FULL = reply("552 5.2.2 Mailbox full");
  private static final Reply UNKNOWN = reply("550 5.1.1 User unknown");
  private static final Reply OK = reply("250 2.0.0 Ok: queued");

  private static List<Attempt> softBounces(Duration every, int count) {
    List<Attempt> attempts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      attempts.add(new Attempt(T0.plus(every.multipliedBy(i)), DEFERRED));
    }
    return attempts;
  }

  @Test
  void theRfcDefaultsRetryEveryThirtyMinutesForFiveDaysWithoutACountLimit() {
    BouncePolicy policy = BouncePolicy.rfc5321();
    assertEquals(Duration.ofDays(5), policy.retryPeriod());
    assertEquals(Duration.ofMinutes(30), policy.retryInterval());
    assertEquals(BouncePolicy.UNLIMITED, policy.maxRetries());
    // 240 attempts 30 minutes apart span 119.5 hours: one more fits in 5 days.
    assertEquals(BounceKind.SOFT, policy.verdict(softBounces(Duration.ofMinutes(30), 240)));
    assertEquals(Optional.of(T0.plus(Duration.ofHours(120))), policy.nextAttempt(softBounces(Duration.ofMinutes(30), 240)));
    // After the 241st the next would fall after the 5 days: give up now.
    assertEquals(BounceKind.HARD, policy.verdict(softBounces(Duration.ofMinutes(30), 241)));
    assertEquals(Optional.empty(), policy.nextAttempt(softBounces(Duration.ofMinutes(30), 241)));
  }

  @Test
  void theRetryLimitOrTheTimeLimitWhicheverComesFirst() {
    // Cisco ESA's documented examples: initial and maximum wait 60 s.
    BouncePolicy twoRetries = BouncePolicy.rfc5321().withRetryInterval(Duration.ofSeconds(60)).withMaxRetries(2);
    assertEquals(BounceKind.SOFT, twoRetries.verdict(softBounces(Duration.ofSeconds(60), 2)));
    assertEquals(BounceKind.HARD, twoRetries.verdict(softBounces(Duration.ofSeconds(60), 3)));
    BouncePolicy hundredSeconds = BouncePolicy.rfc5321().withRetryInterval(Duration.ofSeconds(60))
        .withRetryPeriod(Duration.ofSeconds(100));
    assertEquals(BounceKind.SOFT, hundredSeconds.verdict(softBounces(Duration.ofSeconds(60), 1)));
    assertEquals(BounceKind.HARD, hundredSeconds.verdict(softBounces(Duration.ofSeconds(60), 2)));
  }

  @Test
  void aHardBounceIsFinalAtOnceAndASuccessEndsTheRun() {
    BouncePolicy policy = BouncePolicy.rfc5321().withMaxRetries(2);
    assertEquals(BounceKind.HARD, policy.verdict(List.of(new Attempt(T0, UNKNOWN))));
    List<Attempt> attempts = new ArrayList<>(softBounces(Duration.ofMinutes(30), 2));
    attempts.add(new Attempt(T0.plus(Duration.ofHours(2)), OK));
    assertEquals(BounceKind.NONE, policy.verdict(attempts));
    attempts.add(new Attempt(T0.plus(Duration.ofHours(3)), DEFERRED));
    attempts.add(new Attempt(T0.plus(Duration.ofHours(4)), DEFERRED));
    assertEquals(BounceKind.SOFT, policy.verdict(attempts), "the run counts from the last success");
  }

  @Test
  void aFullMailboxCanBeCountedAsSoft() {
    assertEquals(BounceKind.HARD, BouncePolicy.rfc5321().bounceOf(FULL));
    BouncePolicy lenient = BouncePolicy.rfc5321().withMailboxFullAsSoft(true);
    assertEquals(BounceKind.SOFT, lenient.bounceOf(FULL));
    assertEquals(BounceKind.SOFT, lenient.bounceOf(reply("552 Requested mail action aborted: exceeded storage allocation")));
    assertEquals(BounceKind.HARD, lenient.bounceOf(UNKNOWN));
    assertEquals(BounceKind.HARD, lenient.bounceOf(reply("552 5.3.4 Message too big for system")));
  }

  @Test
  void attemptsOutOfOrderOrNoneAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> BouncePolicy.rfc5321().verdict(List.of()));
    assertThrows(IllegalArgumentException.class, () -> BouncePolicy.rfc5321().verdict(
        List.of(new Attempt(T0.plusSeconds(60), DEFERRED), new Attempt(T0, DEFERRED))));
    assertThrows(IllegalArgumentException.class, () -> BouncePolicy.rfc5321().withMaxRetries(-1));
  }
}

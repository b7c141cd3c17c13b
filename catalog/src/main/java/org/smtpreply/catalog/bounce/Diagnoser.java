package org.smtpreply.catalog.bounce;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.Reason;
import org.smtpreply.core.bounce.Action;
import org.smtpreply.core.bounce.BouncePolicy;
import org.smtpreply.core.bounce.RecipientReport;

/**
 * Gives each report of a bounce its reason and its verdicts. The message's verdict comes from the
 * sending server's action (a delayed message is retried; a failed one is not); the address's from
 * the reason and the bounce policy: the catalog suppresses only addresses that are dead, and only
 * once the failure is final. Thread-safe.
 */
public final class Diagnoser {
  private final Classifier classifier;
  private final BouncePolicy policy;
  private final Reason notABounce;

  /** Diagnoses with {@code catalog} and the RFC 5321 policy. */
  public Diagnoser(Catalog catalog) {
    this(catalog, BouncePolicy.rfc5321());
  }

  /** Diagnoses with {@code catalog}, deciding suppression by {@code policy}. */
  public Diagnoser(Catalog catalog, BouncePolicy policy) {
    this.classifier = new Classifier(catalog);
    this.notABounce = catalog.reason("not-a-bounce")
        .orElseThrow(() -> new IllegalArgumentException("the catalog has no reason not-a-bounce"));
    this.policy = Objects.requireNonNull(policy);
  }

  /** The diagnosis of {@code report}. */
  public Diagnosis diagnose(RecipientReport report) {
    return diagnose(report, Optional.empty());
  }

  /**
   * The diagnosis of {@code report}, where {@code reportedBy} is the host that wrote the bounce
   * (its Reporting-MTA): the provider it names counts when the report names no remote server.
   */
  public Diagnosis diagnose(RecipientReport report, Optional<String> reportedBy) {
    Classification classification = classifier.classify(report.code(), report.enhanced(), report.text(),
        report.remoteMta().or(() -> reportedBy), report.gaveUp());
    if (!report.action().isFailure()) {
      // Delivered, relayed or expanded: whatever the words, nothing bounced.
      classification = new Classification(notABounce, classification.provider(), Optional.empty(),
          Classification.Basis.CLASS);
    }
    boolean retry = report.action() == Action.DELAYED;
    Diagnosis first = new Diagnosis(report, classification, retry, false);
    return new Diagnosis(report, classification, retry, suppressesAddress(first, Duration.ZERO));
  }

  /**
   * Whether to suppress the address of {@code diagnosis} once its bounces have gone on for {@code
   * failingFor} (the time since the first bounce of the same reason, as the bounce handler counts
   * it): the policy's rule for the reason, else the reason's own verdict.
   */
  public boolean suppressesAddress(Diagnosis diagnosis, Duration failingFor) {
    return diagnosis.report().action() == Action.FAILED && policy.suppressesAddress(diagnosis.reason().id(),
        diagnosis.reason().suppressAddress(), failingFor);
  }

  /** The classifier this diagnoser uses. */
  public Classifier classifier() {
    return classifier;
  }
}

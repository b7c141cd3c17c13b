package org.smtpreply.cli;

import org.smtpreply.bounce.NoFailure;
import org.smtpreply.catalog.explain.BounceExplanation;

/** Writes explained bounces in one output format. */
interface ExplanationWriter {
  /**
   * Writes the bounce of one recipient. {@code file} is the input as the user named it ({@code -}
   * for standard input), null for a reply or line given as an argument; {@code message} is the
   * message's number in it (1 for a single message), 0 for a reply or a line.
   */
  void write(String file, int message, BounceExplanation explanation);

  /** Writes that message {@code message} of {@code file}, with {@code subject}, reports no failure. */
  void noFailure(String file, int message, String subject, NoFailure kind);
}

package org.smtpreply.cli;

import org.smtpreply.catalog.explain.Explanation;

/** Writes explanations in one output format. */
interface ExplanationWriter {
  /** Writes {@code explanation}. */
  void write(Explanation explanation);
}

package org.smtpreply.site.cli;

import org.smtpreply.catalog.reply.Explanation;

/** Writes explanations in one output format. */
interface ExplanationWriter {
  /** Writes {@code explanation}. */
  void write(Explanation explanation);
}

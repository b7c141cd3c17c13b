package org.smtpreply.i18n.xliff;

import java.util.Objects;
import java.util.Optional;

/**
 * One segment: a piece of source text and its translation.
 *
 * @param id     unique within its unit ({@code title}, {@code causes.2})
 * @param source the source text
 * @param target the translation, if there is one
 * @param state  where the translation stands
 */
public record XliffSegment(String id, String source, Optional<String> target, SegmentState state) {

  /** Checks that every field is present. */
  public XliffSegment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(state, "state");
  }
}

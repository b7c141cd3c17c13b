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
public record XliffSegment(String id, XliffText source, Optional<XliffText> target, SegmentState state) {

  /** Checks that every field is present. */
  public XliffSegment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(state, "state");
  }

  /** A segment of plain texts, with nothing protected. */
  public XliffSegment(String id, String source, Optional<String> target, SegmentState state) {
    this(id, XliffText.of(source), target.map(XliffText::of), state);
  }

  /** The source as text. */
  public String sourceText() {
    return source.text();
  }

  /** The translation as text, if there is one. */
  public Optional<String> targetText() {
    return target.map(XliffText::text);
  }
}

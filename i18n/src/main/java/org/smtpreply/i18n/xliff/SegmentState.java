package org.smtpreply.i18n.xliff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The states XLIFF 2 gives a segment, in the order a translation goes through them. */
public enum SegmentState {
  /** Not translated yet, or its translation needs a look (the XLIFF default). */
  INITIAL,
  /** Translated. */
  TRANSLATED,
  /** Translated and reviewed. */
  REVIEWED,
  /** Finished: translated, reviewed and signed off. */
  FINAL;

  /** The attribute value: {@code initial}, {@code translated}, {@code reviewed}, {@code final}. */
  public String xml() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a translator has confirmed the translation: every state past {@link #INITIAL}. */
  public boolean isConfirmed() {
    return this != INITIAL;
  }

  /** The state written {@code value} in a file, if it is one of the four. */
  public static Optional<SegmentState> fromXml(String value) {
    return Arrays.stream(values()).filter(s -> s.xml().equals(value)).findFirst();
  }
}

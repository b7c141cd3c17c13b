package org.smtpreply.i18n;

/** Where the translation of one entry stands in one locale. */
public enum TranslationState {
  /** The locale has its own text, confirmed against the current source text. */
  TRANSLATED,
  /** The locale has no text of its own; readers see the fallback language's. */
  MISSING,
  /**
   * The locale has its own text, but the source text changed after a translator last confirmed
   * it (or it was never confirmed): it needs a review.
   */
  STALE;

  /** The lower-case name used on the command line and in files: {@code missing}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

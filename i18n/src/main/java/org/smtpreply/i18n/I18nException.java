package org.smtpreply.i18n;

/** Locale data that is missing or malformed; the message names the file and what to fix. */
public final class I18nException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a one-line message. */
  public I18nException(String message) {
    super(message);
  }
}

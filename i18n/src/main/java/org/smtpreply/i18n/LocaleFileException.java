package org.smtpreply.i18n;

/**
 * A locale file of a catalog folder ({@code locales.yaml}, {@code ui/<tag>.properties}) that is
 * broken: the message is one line in the catalog's form, {@code file:line:column: what is wrong;
 * what to do}, or {@code file: ...} when the problem is the whole file.
 */
public final class LocaleFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem at {@code line} and {@code column} (1-based; 0 for the whole file) of {@code file}. */
  public LocaleFileException(String file, int line, int column, String message) {
    super((line > 0 ? file + ":" + line + ":" + column : file) + ": " + message);
  }

  /** A problem with the whole of {@code file}. */
  public LocaleFileException(String file, String message) {
    this(file, 0, 0, message);
  }
}

package org.smtpreply.catalog.internal;

/**
 * A value read from a catalog file, with where it starts.
 *
 * @param value  the value
 * @param file   the file's display name
 * @param line   1-based line
 * @param column 1-based column
 */
public record Located<T>(T value, String file, int line, int column) {

  /** {@code file:line:column}, the prefix of every problem about this value. */
  public String where() {
    return file + ":" + line + ":" + column;
  }
}

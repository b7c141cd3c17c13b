package org.smtpreply.catalog.problem;

/**
 * One thing wrong with a catalog, where it is and what to do about it.
 *
 * @param kind    what kind of problem, with a stable id
 * @param file    the file, as a person can open it
 * @param line    1-based line; 0 when the problem is about the whole file
 * @param column  1-based column; 0 when the problem is about the whole file
 * @param entry   the entry it is about ({@code 550}, {@code X.1.1}, a guide id); empty for a file
 * @param message what is wrong and what to do, in one line
 */
public record Problem(ProblemKind kind, String file, int line, int column, String entry, String message) {

  /** The problem as one line: {@code file:line:column: entry 550: what is wrong; what to do}. */
  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    return where + ": " + (entry.isEmpty() ? "" : "entry " + entry + ": ") + message;
  }
}

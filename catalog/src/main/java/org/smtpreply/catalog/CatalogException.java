package org.smtpreply.catalog;

import java.util.List;

/**
 * A catalog that cannot be loaded. Each problem is one line of the form
 * {@code file:line:column: entry 550: what is wrong; what to do}.
 */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** Creates the exception from the problems found, in the order found. */
  public CatalogException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, one line each. */
  public List<String> problems() {
    return problems;
  }
}

package org.smtpreply.catalog;

import java.util.List;
import org.smtpreply.catalog.problem.Problem;

/**
 * A catalog that cannot be loaded. Each problem is one line of the form
 * {@code file:line:column: entry 550: what is wrong; what to do}.
 */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> details;

  /** Creates the exception from the problems found, in the order found. */
  public CatalogException(List<Problem> problems) {
    super(String.join(System.lineSeparator(), problems.stream().map(Problem::toString).toList()));
    this.details = List.copyOf(problems);
  }

  /** Every problem, one line each. */
  public List<String> problems() {
    return details.stream().map(Problem::toString).toList();
  }

  /** Every problem, with its kind and place. */
  public List<Problem> details() {
    return details;
  }
}

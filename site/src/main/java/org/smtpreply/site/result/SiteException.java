package org.smtpreply.site.result;

import java.util.List;

/** The site could not be generated; each problem is one line a user can act on. */
public final class SiteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** Creates the exception from its problems. */
  public SiteException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
  }

  /** Creates the exception from one problem. */
  public SiteException(String problem) {
    this(List.of(problem));
  }

  /** Every problem, one line each. */
  public List<String> problems() {
    return problems;
  }
}

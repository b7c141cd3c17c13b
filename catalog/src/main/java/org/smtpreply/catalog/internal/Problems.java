package org.smtpreply.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import org.smtpreply.catalog.problem.Problem;
import org.smtpreply.catalog.problem.ProblemKind;

/** Collects every problem found in a catalog, so that one run reports them all. */
public final class Problems {
  private final List<Problem> problems = new ArrayList<>();

  /**
   * Records a problem at {@code position} ({@code line << 32 | column}, 0 for the whole file) in
   * {@code file}, about {@code entry} (empty for the file).
   */
  public void add(ProblemKind kind, String file, long position, String entry, String message) {
    problems.add(new Problem(kind, file, (int) (position >>> 32), (int) position, entry, message));
  }

  /** Records a problem about the whole of {@code file}. */
  public void addFile(ProblemKind kind, String file, String message) {
    add(kind, file, 0, "", message);
  }

  /** Records {@code problem}. */
  public void add(Problem problem) {
    problems.add(problem);
  }

  /** Records every problem of {@code other}, after those recorded here. */
  public void addAll(Problems other) {
    problems.addAll(other.problems);
  }

  /** How many problems were recorded. */
  public int size() {
    return problems.size();
  }

  /** Whether nothing was recorded. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems, in the order found. */
  public List<Problem> all() {
    return List.copyOf(problems);
  }
}

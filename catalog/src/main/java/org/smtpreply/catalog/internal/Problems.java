package org.smtpreply.catalog.internal;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found in a catalog, so that one run reports them all. */
public final class Problems {
  private final List<String> lines = new ArrayList<>();

  /** Records {@code where: entry ENTRY: message}. */
  public void add(String where, String entry, String message) {
    lines.add(where + ": entry " + entry + ": " + message);
  }

  /** Records a problem about a whole file. */
  public void addFile(String where, String message) {
    lines.add(where + ": " + message);
  }

  /** Records every problem of {@code other}, after those recorded here. */
  public void addAll(Problems other) {
    lines.addAll(other.lines);
  }

  /** Whether nothing was recorded. */
  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /** The problems, in the order found. */
  public List<String> lines() {
    return List.copyOf(lines);
  }
}

package org.smtpreply.core;

/** Whether a reply means a bounce, and of which kind. */
public enum BounceKind {
  /** Not a failure (2yz, 3yz). */
  NONE,
  /** A transient failure (4yz): the sender keeps the message and retries. */
  SOFT,
  /** A permanent failure (5yz): the sender stops and returns the message. */
  HARD;

  /** The kind in lower case, as data files, JSON and pages name it: {@code none}, {@code soft}, {@code hard}. */
  public String id() {
    return switch (this) {
      case NONE -> "none";
      case SOFT -> "soft";
      case HARD -> "hard";
    };
  }
}

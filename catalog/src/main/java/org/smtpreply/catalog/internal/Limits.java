package org.smtpreply.catalog.internal;

/**
 * How much a catalog file may hold. Each limit keeps loading time linear in the size of the input
 * and far above what a real catalog needs (the README's "Limits" section states them for users).
 */
public final class Limits {
  /**
   * The largest catalog file, in bytes: three times the text files of a ten-thousand-code catalog
   * (the generator benchmark's, 9 MB), far beyond the real ones (under 200 KB).
   */
  public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

  /**
   * The longest line, in characters. SnakeYAML's reader copies what it looks ahead at every 1024
   * characters, and it looks ahead at most one line: a line of n characters costs it n * n / 1024
   * steps (8 MB: 20 s). Real lines are under 200 characters; long texts fold over many lines.
   */
  public static final int MAX_LINE_CHARS = 16 * 1024;

  /** The deepest nesting of lists and maps; a catalog entry is four levels deep. */
  public static final int MAX_NESTING = 50;

  private Limits() {}
}

package org.smtpreply.core;

/**
 * Text that is not an SMTP reply, or a reply that breaks a rule the RFCs state. The only exception
 * the parser throws for bad input; its message is one line, {@code line 2: what is wrong; what to
 * do}, where the line counts from 1 at the first line of the reply (or of the input, when the reply
 * came from a {@link ReplyReader}).
 */
public final class ReplyParseException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final String problem;

  /** Creates the exception for a problem found on {@code line} (1-based). */
  public ReplyParseException(int line, String problem) {
    super("line " + line + ": " + problem);
    this.line = line;
    this.problem = problem;
  }

  /** The line the problem is on, counted from 1. */
  public int line() {
    return line;
  }

  /** What is wrong, without the line number. */
  public String problem() {
    return problem;
  }
}

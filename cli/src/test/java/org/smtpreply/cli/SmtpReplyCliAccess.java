package org.smtpreply.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process for tests in any package, capturing what it prints. */
public final class SmtpReplyCliAccess {
  private SmtpReplyCliAccess() {}

  /**
   * What one run of the CLI did.
   *
   * @param code its exit code
   * @param out  what it printed on standard output
   * @param err  what it printed on standard error
   */
  public record Run(int code, String out, String err) {}

  /** Runs the CLI with {@code args}. */
  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SmtpReplyCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }
}

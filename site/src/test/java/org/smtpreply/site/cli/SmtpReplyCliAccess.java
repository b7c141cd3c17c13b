package org.smtpreply.site.cli;

import java.io.PrintWriter;

/** Lets tests in other packages run the CLI in-process. */
public final class SmtpReplyCliAccess {
  private SmtpReplyCliAccess() {}

  /** Runs the CLI and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return SmtpReplyCli.run(args, out, err);
  }
}

package org.smtpreply.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.smtpreply.catalog.CatalogException;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.i18n.LocaleFileException;
import org.smtpreply.site.result.SiteException;
import picocli.CommandLine;

/**
 * The exit codes of {@code smtp-reply}, and the one place where a failure becomes one: what a
 * command throws for a user's mistake is mapped here (picocli's exit-code mapping) and printed as
 * lines a person can act on, never as a stack trace.
 */
final class ExitCodes implements CommandLine.IExitCodeExceptionMapper, CommandLine.IExecutionExceptionHandler,
    CommandLine.IParameterExceptionHandler {
  /** Success. */
  static final int OK = 0;
  /** The work could not be done: the site not generated, a check failed, a file not read or written. */
  static final int FAILED = 1;
  /** Bad options or arguments. */
  static final int USAGE = 2;
  /** The catalog is broken. */
  static final int BAD_CATALOG = 3;
  /** {@code explain} met input that is not an SMTP reply. */
  static final int UNPARSED = 4;
  /** A bug, not a user's mistake (sysexits' EX_SOFTWARE): its stack trace is printed for a report. */
  static final int BUG = 70;

  /** A mistake in what the user gave that picocli cannot see: an unknown language, a missing jar. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  @Override
  public int getExitCode(Throwable e) {
    if (e instanceof CatalogException || e instanceof LocaleFileException) {
      return BAD_CATALOG;
    }
    if (e instanceof UsageException || e instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    if (e instanceof SiteException || e instanceof I18nException || e instanceof IOException
        || e instanceof UncheckedIOException) {
      return FAILED;
    }
    return BUG;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
    if (getExitCode(e) == BUG) {
      throw e; // a bug: its trace is what a report needs, and picocli prints it
    }
    return report(e, command.getErr());
  }

  /**
   * Maps what a command run without picocli threw ({@code explain} with operands only, {@link
   * SmtpReplyCli#run}) as picocli does with these handlers: a user's mistake printed as lines, a
   * bug with its stack trace.
   */
  int handleOutsidePicocli(Exception e, PrintWriter err) {
    if (getExitCode(e) == BUG) {
      e.printStackTrace(err);
      return BUG;
    }
    return report(e, err);
  }

  /** Prints a user's mistake {@code e} to {@code err} as lines a person can act on; returns its exit code. */
  private int report(Exception e, PrintWriter err) {
    if (e instanceof CatalogException catalog) {
      catalog.problems().forEach(err::println);
    } else if (e instanceof LocaleFileException locale) {
      err.println(locale.getMessage());
    } else if (e instanceof SiteException site) {
      site.problems().forEach(p -> err.println("error: " + p));
    } else if (e instanceof UncheckedIOException io) {
      err.println("error: " + io.getCause().getMessage());
    } else {
      err.println("error: " + e.getMessage());
    }
    return getExitCode(e);
  }

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    command.getErr().println("error: " + e.getMessage() + "; see " + command.getCommandSpec().qualifiedName() + " --help");
    return USAGE;
  }
}

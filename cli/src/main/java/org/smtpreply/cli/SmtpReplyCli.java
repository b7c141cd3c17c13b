package org.smtpreply.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.smtpreply.catalog.CatalogException;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.site.result.SiteException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code smtp-reply} command.
 *
 * <p>Exit codes: 0 success; 1 the site could not be generated, or {@code check} found
 * problems, or {@code explain} could not read standard input; 2 bad options; 3 the catalog is
 * broken; 4 {@code explain} met input that is not an SMTP reply.
 */
@Command(name = "smtp-reply", mixinStandardHelpOptions = true, version = "smtp-reply 0.1.0",
    description = "The bilingual SMTP reply reference.",
    subcommands = {GenerateCommand.class, ServeCommand.class, CheckCommand.class, ExplainCommand.class,
        TranslationsCommand.class})
public final class SmtpReplyCli implements Callable<Integer> {
  /** Exit code: the site could not be generated, or a check failed. */
  static final int FAILED = 1;
  /** Exit code: the catalog is broken. */
  static final int BAD_CATALOG = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return CommandLine.ExitCode.USAGE;
  }

  /** Runs the command with {@code args} and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    // The HTML checker brings log4j along; FreeMarker would pick it up and warn about its set-up.
    if (System.getProperty("org.freemarker.loggerLibrary") == null) {
      System.setProperty("org.freemarker.loggerLibrary", "none");
    }
    CommandLine cli = new CommandLine(new SmtpReplyCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine.getErr()));
    return cli.execute(args);
  }

  /** Turns a user's mistake into lines and an exit code; anything else is a bug and propagates. */
  static int report(Exception e, PrintWriter err) throws Exception {
    if (e instanceof CatalogException catalog) {
      catalog.problems().forEach(err::println);
      return BAD_CATALOG;
    }
    if (e instanceof SiteException site) {
      site.problems().forEach(p -> err.println("error: " + p));
      return FAILED;
    }
    if (e instanceof I18nException i18n) {
      err.println("error: " + i18n.getMessage());
      return BAD_CATALOG;
    }
    throw e;
  }

  /** The entry point; writes UTF-8 whatever the platform's default charset (Java 17 has no fixed one). */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }
}

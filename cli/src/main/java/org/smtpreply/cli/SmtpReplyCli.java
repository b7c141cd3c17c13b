package org.smtpreply.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code smtp-reply} command.
 *
 * <p>Exit codes ({@link ExitCodes}): 0 success; 1 the work could not be done (the site not
 * generated, {@code check} found problems, a file not read or written); 2 bad options; 3 the
 * catalog is broken; 4 {@code explain} met input that is not an SMTP reply.
 */
@Command(name = "smtp-reply", mixinStandardHelpOptions = true, version = "smtp-reply 0.1.0",
    description = "The bilingual SMTP reply reference.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the work could not be done (site not generated, check found problems, file not read or written)",
        "2:bad options",
        "3:the catalog is broken",
        "4:explain met input that is not an SMTP reply"})
public final class SmtpReplyCli implements Callable<Integer> {
  /**
   * The subcommands, by name. Only the one asked for is built: picocli reads every option of every
   * command it is given, and a short command should not pay for the others.
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("explain", ExplainCommand::new);
    SUBCOMMANDS.put("generate", GenerateCommand::new);
    SUBCOMMANDS.put("serve", ServeCommand::new);
    SUBCOMMANDS.put("check", CheckCommand::new);
    SUBCOMMANDS.put("translations", TranslationsCommand::new);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }

  /**
   * Runs the command with {@code args} and returns its exit code. What it prints reaches {@code
   * out} and {@code err} with control characters escaped ({@link TerminalSafeWriter}).
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SmtpReplyCli());
    String first = args.length == 0 ? "" : args[0];
    SUBCOMMANDS.forEach((name, command) -> {
      if (!SUBCOMMANDS.containsKey(first) || first.equals(name)) {
        cli.addSubcommand(name, command.get());
      }
    });
    // Echoed input is escaped on its way out, and so would be picocli's own colours: none, then.
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    ExitCodes codes = new ExitCodes();
    PrintWriter safeOut = new PrintWriter(new TerminalSafeWriter(out), true);
    PrintWriter safeErr = new PrintWriter(new TerminalSafeWriter(err), true);
    cli.setOut(safeOut);
    cli.setErr(safeErr);
    cli.setExitCodeExceptionMapper(codes);
    cli.setExecutionExceptionHandler(codes);
    cli.setParameterExceptionHandler(codes);
    try {
      return cli.execute(args);
    } finally {
      safeOut.flush();
      safeErr.flush();
    }
  }

  /** The entry point; writes UTF-8 whatever the platform's default charset (Java 17 has no fixed one). */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }
}

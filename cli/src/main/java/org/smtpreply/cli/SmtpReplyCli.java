package org.smtpreply.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
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
  /** The subcommands' names, in the order of the usage help. */
  private static final List<String> SUBCOMMANDS = List.of("explain", "generate", "serve", "check", "translations");

  /**
   * A new instance of the subcommand {@code name}. Only the one asked for is built: picocli reads
   * every option of every command it is given, and a short command should not pay for the others,
   * nor load their classes (hence a switch, not a table of constructors).
   */
  private static Object subcommand(String name, ExplainPrefetch prefetch) {
    return switch (name) {
      case "explain" -> new ExplainCommand(prefetch);
      case "generate" -> new GenerateCommand();
      case "serve" -> new ServeCommand();
      case "check" -> new CheckCommand();
      case "translations" -> new TranslationsCommand();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
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
   *
   * <p>{@code explain} followed by operands only ({@link #operandsOnly}), the command line of a
   * cold {@code explain} of a reply, runs without picocli: there is nothing to parse, and building
   * picocli's model from the annotations would take a third of the run (docs/benchmarks.md). It
   * prints and returns what the same command line run through picocli does ({@code
   * ExplainShortcutTest}).
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, operandsOnly(args));
  }

  /** Runs the command with {@code args}, through picocli unless {@code shortcut}. */
  static int run(String[] args, PrintWriter out, PrintWriter err, boolean shortcut) {
    ExplainPrefetch prefetch = ExplainPrefetch.start(args);
    ExitCodes codes = new ExitCodes();
    PrintWriter safeOut = new PrintWriter(new TerminalSafeWriter(out), true);
    PrintWriter safeErr = new PrintWriter(new TerminalSafeWriter(err), true);
    try {
      if (shortcut) {
        try {
          return ExplainCommand.explainOperands(List.of(args).subList(1, args.length), prefetch, safeOut, safeErr);
        } catch (Exception e) {
          return codes.handleOutsidePicocli(e, safeErr);
        }
      }
      CommandLine cli = new CommandLine(new SmtpReplyCli());
      String first = args.length == 0 ? "" : args[0];
      for (String name : SUBCOMMANDS) {
        if (!SUBCOMMANDS.contains(first) || first.equals(name)) {
          cli.addSubcommand(name, subcommand(name, prefetch));
        }
      }
      // Echoed input is escaped on its way out, and so would be picocli's own colours: none, then.
      cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
      cli.setOut(safeOut);
      cli.setErr(safeErr);
      cli.setExitCodeExceptionMapper(codes);
      cli.setExecutionExceptionHandler(codes);
      cli.setParameterExceptionHandler(codes);
      return cli.execute(args);
    } finally {
      safeOut.flush();
      safeErr.flush();
    }
  }

  /**
   * Whether {@code args} is {@code explain} and operands only, which picocli would hand over as
   * they are with every option at its default: nothing that starts with {@code -} (an option, the
   * {@code --} that ends options, {@code -} for standard input) or {@code @} (an argument file),
   * and no {@code picocli.*} system property (a trace, or quotes trimmed from arguments).
   */
  static boolean operandsOnly(String[] args) {
    if (args.length == 0 || !args[0].equals("explain")) {
      return false;
    }
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("-") || args[i].startsWith("@")) {
        return false;
      }
    }
    for (String property : System.getProperties().stringPropertyNames()) {
      if (property.startsWith("picocli.")) {
        return false;
      }
    }
    return true;
  }

  /** The entry point; writes UTF-8 whatever the platform's default charset (Java 17 has no fixed one). */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }
}

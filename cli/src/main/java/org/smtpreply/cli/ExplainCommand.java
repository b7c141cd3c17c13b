package org.smtpreply.cli;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.smtpreply.bounce.BounceMessage;
import org.smtpreply.bounce.BounceReader;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.bounce.Diagnosis;
import org.smtpreply.catalog.explain.Explainer;
import org.smtpreply.core.ReplyParseException;
import org.smtpreply.core.ReplyParser;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code explain}: what SMTP replies and bounces mean, whether the message will go through on a
 * retry, whether the address itself is dead, why, and what to do, in any of the catalog's
 * languages. It reads what people hold: a reply ({@code 550 5.1.1 User unknown}), a line of a mail
 * log (Postfix, Exim, Sendmail), a bounce's {@code Diagnostic-Code:} or {@code Status:} line, the
 * fields of a delivery status notification, or whole bounce emails and mboxes ({@code --mail}, or
 * standard input that starts with header fields).
 *
 * <p>Output is text, or with {@code --format json} one JSON object per failed recipient (or reply,
 * or line) and line. Input that holds nothing to explain gets one line on standard error ({@code
 * error: stdin line 3: ...}) and the rest is still explained.
 *
 * <p>Exit codes: 0 everything explained; 1 an input could not be read; 2 bad options (unknown
 * {@code --format} or {@code --lang}); 3 the catalog is broken; 4 some input held no reply, log
 * entry or bounce.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Explain SMTP replies, mail-log lines and bounce emails: why it bounced, whether the message "
        + "will be retried, whether to suppress the address, and what to do.",
        "Without INPUT, reads standard input: replies or log lines one per line, the fields of a delivery "
            + "status notification, or a whole email or mbox (recognized by its header fields)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:everything explained",
        "1:an input could not be read",
        "2:bad options",
        "3:the catalog is broken",
        "4:some input held no reply, log entry or bounce"})
final class ExplainCommand implements Callable<Integer> {
  private static final String STDIN = "-";
  /** How much of standard input is looked at to tell an email from lines. */
  private static final int PEEK = 16 * 1024;
  private static final Pattern HEADER = Pattern.compile("^[!-9;-~]+:[ \\t]?.*");
  private static final Pattern MESSAGE_HEADER = Pattern.compile(
      "(?i)^(received|return-path|from|to|subject|date|message-id|mime-version|delivered-to|content-type|x-[!-9;-~]+):.*");
  private static final Pattern STATUS_FIELD = Pattern.compile(
      "(?i)^(reporting-mta|final-recipient|original-recipient|arrival-date|original-envelope-id|action|remote-mta):.*");
  private static final Pattern CONTINUED = Pattern.compile("^([2-5][0-9][0-9])-.*");

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Replies or log lines to explain, such as '550 5.1.1 User unknown'; with --mail, bounce "
          + "emails, mboxes or folders of them ('-' for standard input).")
  List<String> inputs = List.of();

  @Option(names = "--mail", description = "Read each INPUT as a file: a bounce email, an mbox or a folder of them.")
  boolean mail;

  @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
  String format = "text";

  @Option(names = "--lang", paramLabel = "TAG",
      description = "Language of the explanations: en, es, or a regional tag such as es-MX (default: ${DEFAULT-VALUE}).")
  String lang = "en";

  @Mixin CatalogOptions catalogOptions = new CatalogOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final ExplainPrefetch prefetch;
  private PrintWriter err;
  private ExplanationWriter writer;
  private Explainer explainer;
  private BounceReader reader;
  private String tag;
  private int unexplained;
  private int unreadable;

  /** The command; {@code prefetch} may have begun reading the built-in catalog. */
  ExplainCommand(ExplainPrefetch prefetch) {
    this.prefetch = prefetch;
  }

  /** Explains what was given, printing to the streams picocli was given. */
  @Override
  public Integer call() {
    return explain(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * Explains the operands {@code inputs} with every option at its default, without picocli: what
   * {@code smtp-reply explain REPLY...} runs when nothing on its command line is an option
   * ({@link SmtpReplyCli#run}).
   */
  static int explainOperands(List<String> inputs, ExplainPrefetch prefetch, PrintWriter out, PrintWriter err) {
    ExplainCommand command = new ExplainCommand(prefetch);
    command.inputs = inputs;
    return command.explain(out, err);
  }

  private int explain(PrintWriter out, PrintWriter err) {
    if (!format.equals("text") && !format.equals("json")) {
      throw new ExitCodes.UsageException("unknown --format '" + format + "'; use text or json");
    }
    Catalog catalog = catalogOptions.catalog();
    SiteLocale locale = catalog.locales().resolve(lang).orElseThrow(() -> new ExitCodes.UsageException(
        "unknown --lang '" + lang + "'; use one of " + catalog.locales().all().stream()
            .map(SiteLocale::tag).collect(Collectors.joining(", "))));
    tag = locale.tag();
    this.err = err;
    writer = format.equals("json")
        ? new JsonExplanationWriter(out)
        : new TextExplanationWriter(out, UiMessages.load(catalog.locales(), locale), catalog.locales());
    explainer = new Explainer(catalog);
    try {
      reader = prefetch.reader(catalog);
    } catch (IllegalArgumentException e) {
      throw new ExitCodes.UsageException(e.getMessage());
    }
    if (mail) {
      for (String input : inputs.isEmpty() ? List.of(STDIN) : inputs) {
        mailInput(input);
      }
    } else if (!inputs.isEmpty()) {
      for (int i = 0; i < inputs.size(); i++) {
        argument(i + 1, inputs.get(i));
      }
    } else {
      standardInput();
    }
    out.flush();
    return unreadable > 0 ? ExitCodes.FAILED : unexplained > 0 ? ExitCodes.UNPARSED : ExitCodes.OK;
  }

  private void argument(int number, String input) {
    if (!input.strip().contains("\n")) {
      line("argument " + number, input);
      return;
    }
    // A reply of several lines is read as one reply; one that does not parse is a mistake to report.
    try {
      write(null, 0, reader.readReply(ReplyParser.parse(input)));
    } catch (ReplyParseException e) {
      unexplained++;
      err.println("error: argument " + number + ": " + e.getMessage());
    }
  }

  /** A file, a folder of files or standard input, read as bounce emails (one message or an mbox). */
  private void mailInput(String input) {
    if (input.equals(STDIN)) {
      readMail(STDIN, System.in);
      return;
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          readFile(file.toString(), file);
        }
      } catch (IOException | UncheckedIOException e) {
        unreadable++;
        err.println("error: " + input + ": cannot list the folder: " + e.getMessage());
      }
      return;
    }
    readFile(input, path);
  }

  private void readFile(String name, Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      readMail(name, in);
    } catch (NoSuchFileException e) {
      unreadable++;
      err.println("error: " + name + ": no such file; give a bounce email, an mbox or a folder of them");
    } catch (IOException e) {
      unreadable++;
      err.println("error: " + name + ": cannot be read: " + e.getMessage());
    }
  }

  private void readMail(String name, InputStream in) {
    try {
      reader.read(in, message -> write(name, message));
    } catch (IOException e) {
      unreadable++;
      err.println("error: " + name + ": cannot be read: " + e.getMessage());
    }
  }

  private void write(String name, BounceMessage message) {
    if (message.noFailure().isPresent()) {
      writer.noFailure(name, message.index(), message.subject(), message.noFailure().get());
      return;
    }
    for (Diagnosis d : message.results()) {
      write(name, message.index(), d);
    }
  }

  private void write(String name, int message, Diagnosis diagnosis) {
    writer.write(name, message, explainer.explain(diagnosis, tag));
  }

  /**
   * Standard input: an email or an mbox when it starts with header fields (or an mbox's {@code From }
   * line); the fields of a delivery status notification; else replies and log lines, one per line.
   */
  private void standardInput() {
    BufferedInputStream in = new BufferedInputStream(System.in, PEEK);
    try {
      in.mark(PEEK);
      byte[] head = in.readNBytes(PEEK);
      in.reset();
      List<String> first = new String(head, StandardCharsets.UTF_8).lines().dropWhile(String::isBlank).limit(40).toList();
      if (isEmail(first)) {
        readMail(STDIN, in);
      } else if (!first.isEmpty() && STATUS_FIELD.matcher(first.get(0)).matches()) {
        statusFields(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } else {
        lines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      unreadable++;
      err.println("error: cannot read standard input: " + e.getMessage());
    }
  }

  /** Whether the first lines are an mbox's or a message's: header fields, one of them a message's own. */
  static boolean isEmail(List<String> first) {
    if (first.isEmpty()) {
      return false;
    }
    if (first.get(0).startsWith("From ")) {
      return true;
    }
    int fields = 0;
    boolean messageField = false;
    for (String line : first) {
      if (line.isEmpty()) {
        break;
      }
      if (line.startsWith(" ") || line.startsWith("\t")) {
        continue;
      }
      if (!HEADER.matcher(line).matches()) {
        return false;
      }
      fields++;
      messageField |= MESSAGE_HEADER.matcher(line).matches();
    }
    return fields >= 2 && messageField;
  }

  private void statusFields(String text) {
    List<Diagnosis> read = reader.readStatusFields(text);
    if (read.isEmpty()) {
      unexplained++;
      err.println("error: stdin: the delivery status fields report no failed or delayed recipient");
    }
    read.forEach(d -> write(null, 0, d));
  }

  /** Replies and log lines, one per line; a multi-line reply ({@code 550-...}) read as one. */
  private void lines(BufferedReader in) throws IOException {
    List<String> group = new ArrayList<>();
    int groupStart = 0;
    int number = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      if (!group.isEmpty()) {
        String code = group.get(0).substring(0, 3);
        group.add(line);
        if (line.startsWith(code + "-")) {
          continue;
        }
        if (line.startsWith(code + " ") || line.equals(code)) {
          reply(groupStart, List.copyOf(group));
          group.clear();
          continue;
        }
        // Not the rest of the reply: its lines are read one by one.
        List<String> pending = List.copyOf(group);
        group.clear();
        for (int i = 0; i < pending.size(); i++) {
          line("stdin line " + (groupStart + i), pending.get(i));
        }
        continue;
      }
      if (CONTINUED.matcher(line.strip()).matches()) {
        group.add(line.strip());
        groupStart = number;
        continue;
      }
      line("stdin line " + number, line);
    }
    for (int i = 0; i < group.size(); i++) {
      line("stdin line " + (groupStart + i), group.get(i));
    }
  }

  /** A multi-line reply; when its lines do not make one reply, each is read on its own. */
  private void reply(int number, List<String> lines) {
    try {
      write(null, 0, reader.readReply(ReplyParser.parse(String.join("\n", lines))));
    } catch (ReplyParseException e) {
      for (int i = 0; i < lines.size(); i++) {
        line("stdin line " + (number + i), lines.get(i));
      }
    }
  }

  /** One line: a reply, a reply with what a log or a bounce printed around it, a log entry, a DSN field. */
  private void line(String where, String line) {
    if (line.isBlank()) {
      return;
    }
    Optional<Diagnosis> read = reader.readLine(line);
    if (read.isPresent()) {
      write(null, 0, read.get());
      return;
    }
    unexplained++;
    String why = nothingFound();
    if (line.strip().matches("^[2-5][0-9][0-9].*")) {
      try {
        ReplyParser.parse(line.strip());
      } catch (ReplyParseException e) {
        why = e.getMessage().replaceFirst("^line \\d+: ", "");
      }
    }
    err.println("error: " + where + ": " + why);
  }

  private static String nothingFound() {
    return "no SMTP reply, delivery status or mail-log entry found; give a reply such as '550 5.1.1 User unknown', "
        + "a bounce's Diagnostic-Code line, a Postfix, Exim or Sendmail log line, or a bounce email with --mail";
  }
}

package org.smtpreply.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.explain.Explainer;
import org.smtpreply.core.Reply;
import org.smtpreply.core.ReplyParseException;
import org.smtpreply.core.ReplyParser;
import org.smtpreply.core.ReplyReader;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code explain}: what SMTP replies mean, whether they are soft or hard bounces and what to do,
 * from the catalog in any of its languages. Replies come from the arguments (one reply each; a
 * multi-line reply in one argument) or, without arguments, from standard input (UTF-8): one reply
 * per line, a {@code 550-} continuation line joined with the lines that complete its reply.
 *
 * <p>Output is text, or with {@code --format json} one JSON object per reply and line. A reply that
 * cannot be parsed gets one line on standard error ({@code error: stdin line 3: ...}) and the
 * others are still explained.
 *
 * <p>Exit codes: 0 every reply explained; 1 standard input could not be read; 2 bad options
 * (unknown {@code --format} or {@code --lang}); 3 the catalog is broken; 4 some input could not be
 * parsed as a reply.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain SMTP replies: meaning, soft or hard bounce, what to do.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every reply explained",
        "1:standard input could not be read",
        "2:bad options",
        "3:the catalog is broken",
        "4:some input could not be parsed as a reply"})
final class ExplainCommand implements Callable<Integer> {

  @Parameters(paramLabel = "REPLY", arity = "0..*",
      description = "Replies to explain, such as '550 5.1.1 User unknown'. Without any, reads standard input.")
  List<String> replies = List.of();

  @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
  String format = "text";

  @Option(names = "--lang", paramLabel = "TAG", description = "Language of the explanations: en, es, ... (default: ${DEFAULT-VALUE}).")
  String lang = "en";

  @Mixin CatalogOptions catalogOptions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cli = spec.commandLine();
    if (!format.equals("text") && !format.equals("json")) {
      throw new ExitCodes.UsageException("unknown --format '" + format + "'; use text or json");
    }
    Catalog catalog = catalogOptions.catalog();
    SiteLocale locale = catalog.locales().find(lang).orElseThrow(() -> new ExitCodes.UsageException(
        "unknown --lang '" + lang + "'; use one of " + catalog.locales().all().stream()
            .map(SiteLocale::tag).collect(Collectors.joining(", "))));
    PrintWriter out = cli.getOut();
    ExplanationWriter writer = format.equals("json")
        ? new JsonExplanationWriter(out)
        : new TextExplanationWriter(out, UiMessages.load(catalog.locales(), locale), catalog.locales());
    Explainer explainer = new Explainer(catalog);
    int failed = 0;
    if (!replies.isEmpty()) {
      for (int i = 0; i < replies.size(); i++) {
        try {
          writer.write(explainer.explain(ReplyParser.parse(replies.get(i)), locale.tag()));
        } catch (ReplyParseException e) {
          cli.getErr().println("error: argument " + (i + 1) + ": " + e.getMessage());
          failed++;
        }
      }
    } else {
      try (ReplyReader reader = new ReplyReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
        while (true) {
          try {
            Reply reply = reader.next();
            if (reply == null) {
              break;
            }
            writer.write(explainer.explain(reply, locale.tag()));
          } catch (ReplyParseException e) {
            cli.getErr().println("error: stdin " + e.getMessage());
            failed++;
          }
        }
      } catch (IOException e) {
        cli.getErr().println("error: cannot read standard input: " + e.getMessage());
        return ExitCodes.FAILED;
      }
    }
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.UNPARSED;
  }
}

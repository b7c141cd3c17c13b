package org.smtpreply.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.smtpreply.catalog.translation.TranslationConfirm;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code translations confirm}: records that a locale's texts were checked against the current source. */
@Command(name = "confirm", mixinStandardHelpOptions = true, description = "Record that texts of a locale match the current source texts (clears stale marks).")
final class TranslationsConfirmCommand implements Callable<Integer> {
  @Option(names = "--locale", required = true, description = "The locale, such as es.")
  String locale;

  @Parameters(paramLabel = "ENTRY", arity = "0..*", description = "Entries to confirm, such as 550 X.1.1 bounces (default: every text of the locale).")
  List<String> entries = List.of();

  @Mixin CatalogFolder folder;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    int changed = TranslationConfirm.confirm(folder.files(), locale, entries);
    spec.commandLine().getOut().println(locale + ": " + changed + (changed == 1 ? " entry" : " entries") + " newly confirmed");
    return ExitCodes.OK;
  }
}

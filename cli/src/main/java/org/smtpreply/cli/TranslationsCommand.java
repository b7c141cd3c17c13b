package org.smtpreply.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code translations}: status, export, import and confirmation of a locale's translations. */
@Command(name = "translations", mixinStandardHelpOptions = true, description = "See and exchange translations: status, export, import, confirm, glossary.",
    subcommands = {TranslationsStatusCommand.class, TranslationsExportCommand.class,
        TranslationsImportCommand.class, TranslationsConfirmCommand.class, TranslationsGlossaryCommand.class})
final class TranslationsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }
}

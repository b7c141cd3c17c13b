package org.smtpreply.cli;

import java.util.concurrent.Callable;
import org.smtpreply.i18n.I18nException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code translations}: status, export, import and confirmation of a locale's translations. */
@Command(name = "translations", description = "See and exchange translations: status, export, import, confirm.",
    subcommands = {TranslationsStatusCommand.class, TranslationsExportCommand.class,
        TranslationsImportCommand.class, TranslationsConfirmCommand.class})
final class TranslationsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return CommandLine.ExitCode.USAGE;
  }

  /**
   * Runs a subcommand's body; a mistake in what the user gave (an unknown locale, a foreign or
   * broken XLIFF file) becomes one error line and exit code 1, not "the catalog is broken".
   */
  static int guarded(CommandLine.Model.CommandSpec spec, Callable<Integer> body) throws Exception {
    try {
      return body.call();
    } catch (I18nException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return SmtpReplyCli.FAILED;
    }
  }
}

package org.smtpreply.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.smtpreply.catalog.translation.ImportReport;
import org.smtpreply.catalog.translation.XliffImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code translations import FILE}: takes a translated XLIFF file back into the catalog, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Take a translated XLIFF file back into the catalog; nothing changes if anything is wrong.")
final class TranslationsImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The XLIFF file, such as es.xlf.")
  Path file;

  @Option(names = "--locale", description = "Refuse the file unless it is for this locale.")
  String locale;

  @Mixin CatalogFolder folder;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ImportReport report = XliffImport.apply(folder.files(), file, Optional.ofNullable(locale));
    report.skipped().forEach(line -> spec.commandLine().getErr().println("warning: " + line));
    spec.commandLine().getOut().println(report.summary());
    return ExitCodes.OK;
  }
}

package org.smtpreply.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogFigures;
import org.smtpreply.cli.check.SiteCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check DIR}: links, HTML validity, page weight and translation status of a generated site. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check a generated site: links, HTML validity, page weight, translation status.")
final class CheckCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The folder `generate --out` wrote.")
  Path dir;

  @Option(names = "--no-html", description = "Skip the HTML validity check (the slowest).")
  boolean noHtml;

  /** The catalog the site was generated from, for its figures (default: the built-in catalog). */
  @Mixin CatalogOptions catalogOptions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SiteCheck.Result result;
    try {
      result = new SiteCheck().run(dir, !noHtml);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ExitCodes.UsageException(e.getMessage());
    }
    result.problems().forEach(p -> spec.commandLine().getErr().println("error: " + p));
    Catalog catalog = catalogOptions.catalog();
    out.println(CatalogFigures.of(catalog).describe());
    out.println(result.summary());
    return result.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
  }
}

package org.smtpreply.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.site.SiteGenerator;
import org.smtpreply.site.SiteOptions;
import org.smtpreply.site.TranslationGate;
import org.smtpreply.site.result.SiteReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code generate}: writes the site, atomically. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Generate the reference site into a folder.")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, description = "Folder to publish the site to (replaced whole, only on success).")
  Path out;

  @Option(names = "--strict", arity = "0..1", fallbackValue = "true",
      description = "Fail, publishing nothing, if a published locale has a missing or stale translation"
          + " (default: warn with one line per locale).")
  boolean strict;

  @Mixin SiteSource source;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Catalog catalog = source.catalog();
    SiteOptions options = options(out, source);
    if (!checkTranslations(catalog, options)) {
      return ExitCodes.FAILED;
    }
    SiteReport report = new SiteGenerator(catalog).generate(options);
    spec.commandLine().getOut().println(report.summary());
    return ExitCodes.OK;
  }

  /**
   * Prints one status line per translated locale to publish: on standard output when complete,
   * as a warning otherwise. In strict mode an incomplete locale is an error naming each entry.
   */
  private boolean checkTranslations(Catalog catalog, SiteOptions options) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TranslationGate gate = TranslationGate.check(catalog, options.locales(), strict);
    gate.complete().forEach(s -> out.println("translations: " + s));
    gate.incomplete().forEach(s -> err.println((strict ? "error" : "warning") + ": translations: " + s));
    gate.problems().forEach(p -> err.println("error: " + p));
    if (!gate.passes()) {
      err.println("error: --strict: nothing was published; translate or confirm the entries above"
          + " (smtp-reply translations export/import, or translations confirm; with --catalog FILE for an extra"
          + " catalog's entries)");
    }
    return gate.passes();
  }

  static SiteOptions options(Path out, SiteSource source) {
    return new SiteOptions(out, source.locales, Optional.ofNullable(source.baseUrl),
        Optional.ofNullable(source.templates), Optional.ofNullable(source.usages), source.branding(), source.mode());
  }
}

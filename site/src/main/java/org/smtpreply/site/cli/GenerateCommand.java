package org.smtpreply.site.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.smtpreply.site.SiteGenerator;
import org.smtpreply.site.SiteOptions;
import org.smtpreply.site.SiteReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code generate}: writes the site, atomically. */
@Command(name = "generate", description = "Generate the reference site into a folder.")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, description = "Folder to publish the site to (replaced whole, only on success).")
  Path out;

  @Mixin SiteSource source;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SiteReport report = new SiteGenerator(source.catalog()).generate(options(out, source));
    spec.commandLine().getOut().println(report.summary());
    return CommandLine.ExitCode.OK;
  }

  static SiteOptions options(Path out, SiteSource source) {
    return new SiteOptions(out, source.locales, Optional.ofNullable(source.baseUrl),
        Optional.ofNullable(source.templates));
  }
}

package org.smtpreply.site.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogException;
import org.smtpreply.catalog.CatalogLoader;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.site.SiteException;
import org.smtpreply.site.SiteGenerator;
import org.smtpreply.site.SiteOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code smtp-reply} command. Exit codes: 0 success, 1 the site could not be generated
 * (unwritable folder, render failure), 2 bad options, 3 the catalog is broken.
 */
@Command(name = "smtp-reply", mixinStandardHelpOptions = true, version = "smtp-reply 0.1.0",
    description = "The bilingual SMTP reply reference.",
    subcommands = {SmtpReplyCli.Generate.class})
public final class SmtpReplyCli implements Callable<Integer> {
  /** Exit code: the site could not be generated. */
  static final int FAILED = 1;
  /** Exit code: the catalog is broken. */
  static final int BAD_CATALOG = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return CommandLine.ExitCode.USAGE;
  }

  /** Runs the command with {@code args} and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SmtpReplyCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof CatalogException catalog) {
        catalog.problems().forEach(commandLine.getErr()::println);
        return BAD_CATALOG;
      }
      if (e instanceof SiteException site) {
        site.problems().forEach(p -> commandLine.getErr().println("error: " + p));
        return FAILED;
      }
      if (e instanceof I18nException i18n) {
        commandLine.getErr().println("error: " + i18n.getMessage());
        return BAD_CATALOG;
      }
      throw e;
    });
    return cli.execute(args);
  }

  /** The entry point. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, out, err));
  }

  /** {@code generate}: writes the site. */
  @Command(name = "generate", description = "Generate the reference site into a folder.")
  static final class Generate implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "Folder to publish the site to (replaced whole).")
    Path out;

    @Option(names = "--locales", split = ",", description = "Locales to publish (default: all).")
    List<String> locales = List.of();

    @Option(names = "--base-url", description = "Absolute address the site is served at, for canonical links.")
    String baseUrl;

    @Option(names = "--catalog-dir", description = "Load the catalog from this folder instead of the built-in one.")
    Path catalogDir;

    @Option(names = "--catalog", description = "An extra catalog file with your organization's own codes (repeatable).")
    List<Path> extraCatalogs = List.of();

    @Option(names = "--usages", description = "A usage index (usages.json) written by the processor: adds the page of the replies it lists.")
    Path usages;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Catalog catalog = catalogDir == null
          ? (extraCatalogs.isEmpty() ? Catalog.builtIn() : CatalogLoader.loadBuiltIn(extraCatalogs))
          : CatalogLoader.loadDirectory(catalogDir, extraCatalogs);
      var report = new SiteGenerator(catalog).generate(
          new SiteOptions(out, locales, Optional.ofNullable(baseUrl), Optional.ofNullable(usages)));
      spec.commandLine().getOut().println(report.summary());
      return CommandLine.ExitCode.OK;
    }
  }
}

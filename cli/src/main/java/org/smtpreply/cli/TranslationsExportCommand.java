package org.smtpreply.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.translation.TranslationFiles;
import org.smtpreply.catalog.translation.XliffExport;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.TranslationState;
import org.smtpreply.i18n.xliff.Xliff;
import org.smtpreply.i18n.xliff.XliffDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code translations export}: a locale's entries as an XLIFF 2.0 file for a translation tool. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write a locale's entries to an XLIFF 2.0 file for a translation tool.")
final class TranslationsExportCommand implements Callable<Integer> {
  @Option(names = "--locale", required = true, description = "The locale to export, such as es.")
  String locale;

  @Option(names = "--only", split = ",", paramLabel = "STATE",
      description = "Only entries in these states: missing, stale, translated (default: all).")
  List<String> only = List.of();

  @Option(names = "--out", required = true, description = "The XLIFF file to write, such as es.xlf.")
  Path out;

  @Mixin CatalogFolder folder;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    TranslationFiles files = folder.files();
    Catalog catalog = files.loader(files.locales()).load();
    SiteLocale target = TranslationsStatusCommand.targets(catalog, locale).get(0);
    XliffDocument document = XliffExport.export(catalog, target, states(), entry -> files.covers(catalog, entry));
    if (document.units().isEmpty()) {
      // XLIFF 2.0 requires at least one unit in a file: an empty export would not be valid XLIFF.
      spec.commandLine().getOut().println(target.tag() + ": nothing to export" + (only.isEmpty() ? "" : " (no entry is "
          + String.join(" or ", only) + ")") + "; no file written");
      return ExitCodes.OK;
    }
    Files.writeString(out, Xliff.write(document), StandardCharsets.UTF_8);
    spec.commandLine().getOut().println(target.tag() + ": exported " + document.units().size()
        + (document.units().size() == 1 ? " entry" : " entries") + " to " + out);
    return ExitCodes.OK;
  }

  private Set<TranslationState> states() {
    Set<TranslationState> states = EnumSet.noneOf(TranslationState.class);
    for (String name : only) {
      states.add(EnumSet.allOf(TranslationState.class).stream().filter(s -> s.id().equals(name.strip())).findFirst()
          .orElseThrow(() -> new I18nException("--only " + name + ": not a state; use missing, stale or translated")));
    }
    return states;
  }
}

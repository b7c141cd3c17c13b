package org.smtpreply.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.translation.LocaleStatus;
import org.smtpreply.catalog.translation.TranslationFiles;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.i18n.SiteLocale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code translations status}: per locale, how many entries are translated, missing and stale, and which. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Print, per locale, the entries translated, missing and stale.")
final class TranslationsStatusCommand implements Callable<Integer> {
  @Option(names = "--locale", description = "Only this locale (default: every translated locale).")
  String locale;

  @Option(names = "--strict", description = "Exit with 1 if an entry is missing or stale.")
  boolean strict;

  @Mixin CatalogFolder folder;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    TranslationFiles files = folder.files();
    Catalog catalog = files.loader(files.locales()).load();
    boolean complete = true;
    for (SiteLocale target : targets(catalog, locale)) {
      LocaleStatus all = LocaleStatus.of(catalog, target);
      LocaleStatus status = new LocaleStatus(target, all.source(),
          all.entries().stream().filter(e -> files.covers(catalog, e.entry())).toList());
      out.println(status.summary());
      status.problems(catalog).forEach(line -> out.println("  " + line));
      complete &= status.isComplete();
    }
    return strict && !complete ? ExitCodes.FAILED : ExitCodes.OK;
  }

  /** The locale {@code tag}, or every translated locale when it is null. */
  static List<SiteLocale> targets(Catalog catalog, String tag) {
    if (tag == null) {
      return catalog.locales().targets();
    }
    return List.of(catalog.locales().targets().stream().filter(l -> l.tag().equalsIgnoreCase(tag)).findFirst()
        .orElseThrow(() -> new I18nException("'" + tag + "' is not a translated locale of this catalog ("
            + String.join(", ", catalog.locales().targets().stream().map(SiteLocale::tag).toList()) + ")")));
  }
}

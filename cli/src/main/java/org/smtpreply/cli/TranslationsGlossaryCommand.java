package org.smtpreply.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.smtpreply.i18n.Glossary;
import org.smtpreply.i18n.GlossaryTbx;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.SiteLocale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code translations glossary}: a locale's house glossary as a TBX file for a translation tool's term base. */
@Command(name = "glossary", mixinStandardHelpOptions = true,
    description = "Write a locale's house glossary to a TBX-Basic file (TBX v3) for a translation tool's term base.")
final class TranslationsGlossaryCommand implements Callable<Integer> {
  @Option(names = "--locale", required = true, description = "The locale of the glossary, such as es.")
  String locale;

  @Option(names = "--out", required = true, description = "The TBX file to write, such as es.tbx.")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locales locales = Locales.load();
    SiteLocale target = locales.targets().stream().filter(l -> l.tag().equalsIgnoreCase(locale)).findFirst()
        .orElseThrow(() -> new I18nException("--locale " + locale + ": not a translated locale; use one of "
            + String.join(", ", locales.targets().stream().map(SiteLocale::tag).toList())));
    Glossary glossary = Glossary.load(target.tag());
    Files.writeString(out, GlossaryTbx.write(glossary, locales.source(), target), StandardCharsets.UTF_8);
    spec.commandLine().getOut().println(target.tag() + ": " + glossary.terms().size() + " glossary terms written to " + out);
    return ExitCodes.OK;
  }
}

package org.smtpreply.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.explain.Explanation;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;

/** Writes explanations for people: the reply, then labelled lines in the chosen language. */
final class TextExplanationWriter implements ExplanationWriter {
  private final PrintWriter out;
  private final UiMessages ui;
  private final Locales locales;
  private boolean first = true;

  TextExplanationWriter(PrintWriter out, UiMessages ui, Locales locales) {
    this.out = out;
    this.ui = ui;
    this.locales = locales;
  }

  @Override
  public void write(Explanation e) {
    if (!first) {
      out.println();
    }
    first = false;
    e.reply().toString().lines().forEach(out::println);
    out.println("  " + ui.get("explain.class") + ": " + e.classGuide().value().title() + " ("
        + ui.get("bounce." + e.bounce().id()).toLowerCase(ui.locale().locale()) + ")");
    e.basic().ifPresent(this::part);
    e.enhanced().ifPresent(this::part);
    e.subjectGuide().ifPresent(guide -> out.println("  " + ui.get("enhanced.subject") + ": " + guide.value().title()));
    e.advice().ifPresent(this::advice);
    for (String language : e.fallbackLanguages()) {
      String name = locales.find(language).map(SiteLocale::name).orElse(language);
      out.println("  (" + ui.format("fallback.note", name) + ")");
    }
    out.flush();
  }

  private void part(Explanation.Part part) {
    out.println("  " + part.code() + ": " + part.title()
        + (part.inCatalog() ? "" : " (" + ui.get("explain.unknown") + ")"));
    out.println("    " + part.meaning());
  }

  private void advice(EntryText text) {
    out.println("  " + ui.get("code.sender") + ": " + text.sender());
    out.println("  " + ui.get("code.retry") + ": " + text.retry());
  }
}

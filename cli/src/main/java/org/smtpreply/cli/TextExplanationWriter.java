package org.smtpreply.cli;

import java.io.PrintWriter;
import org.smtpreply.bounce.NoFailure;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.bounce.Diagnosis;
import org.smtpreply.catalog.explain.BounceExplanation;
import org.smtpreply.catalog.explain.Explanation;
import org.smtpreply.core.bounce.RecipientReport;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;

/**
 * Writes explained bounces for people, in the chosen language: where it came from and the
 * recipient, the reply, then the reason, the two verdicts (the message, the address), the
 * provider, what to do, and what the reply's codes mean.
 */
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
  public void write(String file, int message, BounceExplanation e) {
    separate();
    Diagnosis d = e.diagnosis();
    RecipientReport report = d.report();
    if (file != null) {
      out.println(where(file, message) + ": " + report.recipient().orElse("?"));
    } else if (report.recipient().isPresent()) {
      out.println(ui.get("explain.recipient") + ": " + report.recipient().get());
    }
    if (e.reply().isPresent()) {
      e.reply().get().reply().toString().lines().forEach(line -> out.println((file == null ? "" : "  ") + line));
    } else if (!report.text().isEmpty()) {
      out.println((file == null ? "" : "  ") + report.text());
    }
    out.println("  " + ui.get("explain.reason") + ": " + e.reason().value().title() + ". "
        + e.reason().value().summary());
    String message1 = !report.action().isFailure() ? "explain.message.delivered"
        : d.retry() ? "explain.message.retry" : "explain.message.stop";
    out.println("  " + ui.get(message1));
    if (report.action().isFailure()) {
      out.println("  " + ui.get(d.suppressAddress() ? "explain.address.suppress" : "explain.address.keep"));
    }
    d.provider().ifPresent(provider -> out.println("  " + ui.get("explain.provider") + ": " + provider.name()
        + e.providerReply().map(text -> " (" + text.value().title() + ")").orElse("")));
    report.remoteMta().ifPresent(host -> out.println("  " + ui.get("explain.remote") + ": " + host));
    out.println("  " + ui.get("explain.todo") + ": " + e.action());
    e.reply().ifPresent(this::codes);
    out.flush();
  }

  @Override
  public void noFailure(String file, int message, String subject, NoFailure kind) {
    separate();
    out.println(where(file, message) + ": " + ui.get("explain.nofailure." + kind.id())
        + (subject.isBlank() ? "" : " (" + subject.strip() + ")"));
    out.flush();
  }

  private void separate() {
    if (!first) {
      out.println();
    }
    first = false;
  }

  private static String where(String file, int message) {
    return message > 1 ? file + " #" + message : file;
  }

  /** What the reply's codes mean, as {@code explain} has always written it. */
  private void codes(Explanation e) {
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

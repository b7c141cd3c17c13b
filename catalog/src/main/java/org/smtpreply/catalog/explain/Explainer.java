package org.smtpreply.catalog.explain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.GuideText;
import org.smtpreply.catalog.Guides;
import org.smtpreply.catalog.Localized;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.catalog.bounce.Diagnosis;
import org.smtpreply.core.EnhancedStatus;
import org.smtpreply.core.Reply;
import org.smtpreply.core.SmtpRules;
import org.smtpreply.core.bounce.RecipientReport;

/**
 * Explains parsed replies with a catalog's texts, in any locale the catalog has, falling back
 * along the locale's chain ({@code es-MX}, {@code es}, {@code en}) where a text is missing. A code
 * the catalog does not know is explained from its digits: a reply code from its class's guide
 * ({@code class-5xx}), an enhanced code from its class's and subject's guides ({@code enhanced-5},
 * {@code subject-1}; {@code subject-0} for a subject RFC 3463 does not assign). Thread-safe.
 */
public final class Explainer {
  private final Catalog catalog;

  /** Explains with {@code catalog}. */
  public Explainer(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog);
  }

  /** Explains {@code reply} in the locale {@code tag}, such as {@code es}. */
  public Explanation explain(Reply reply, String tag) {
    Localized<GuideText> classGuide = catalog.guide(Guides.of(reply.replyClass()), tag);
    Optional<Explanation.Part> basic = reply.code().isPresent()
        ? Optional.of(basic(reply.code().getAsInt(), classGuide, tag))
        : Optional.empty();
    Optional<Explanation.Part> enhanced = reply.enhanced().map(code -> enhanced(code, tag));
    Optional<Localized<GuideText>> subjectGuide =
        reply.enhanced().map(code -> catalog.guide(Guides.of(code.subjectArea()), tag));
    return new Explanation(reply, tag, reply.replyClass(), reply.bounce(), reply.subject(), classGuide,
        subjectGuide, basic, enhanced);
  }

  /**
   * Explains the bounce of one recipient in the locale {@code tag}: the reason's and the matched
   * provider reply's texts, and the reply's codes (as far as the bounce gave them: a reply code
   * whose enhanced code disagrees with its class keeps only the reply code).
   */
  public BounceExplanation explain(Diagnosis diagnosis, String tag) {
    RecipientReport report = diagnosis.report();
    Optional<Reply> reply = report.reply().or(() -> replyOf(report));
    return new BounceExplanation(diagnosis, catalog.text(diagnosis.reason(), tag),
        diagnosis.providerReply().map(match -> catalog.text(match, tag)), reply.map(r -> explain(r, tag)));
  }

  /** A reply made of what a bounce gave about it, when the reply itself did not parse or was not given. */
  private static Optional<Reply> replyOf(RecipientReport report) {
    int code = report.code().orElse(0);
    EnhancedStatus enhanced = report.enhanced()
        .filter(e -> code == 0 || SmtpRules.classesAgree(code, e.classDigit())).orElse(null);
    if (code == 0 && enhanced == null) {
      return Optional.empty();
    }
    return Optional.of(Reply.of(code, enhanced, List.of(report.text().replaceAll("[\\r\\n]+", " "))));
  }

  private Explanation.Part basic(int code, Localized<GuideText> classGuide, String tag) {
    Optional<ReplyCode> entry = catalog.basic(code);
    if (entry.isPresent()) {
      Localized<EntryText> text = catalog.text(entry.get(), tag);
      return new Explanation.Part(Integer.toString(code), true, text.value().title(), text.value().summary(),
          Optional.of(text.value()), text.language());
    }
    return new Explanation.Part(Integer.toString(code), false, classGuide.value().title(),
        classGuide.value().summary(), Optional.empty(), classGuide.language());
  }

  private Explanation.Part enhanced(EnhancedStatus code, String tag) {
    Optional<EnhancedCode> entry = catalog.enhanced(code.toString());
    if (entry.isPresent()) {
      Localized<EntryText> text = catalog.text(entry.get(), tag);
      EntryText value = text.value();
      Optional<String> form = code.classDigit() == 4 ? value.transientForm()
          : code.classDigit() == 5 ? value.permanentForm() : Optional.empty();
      return new Explanation.Part(code.toString(), true, value.title(), form.orElse(value.summary()),
          Optional.of(value), text.language());
    }
    Localized<GuideText> classGuide = catalog.guide(Guides.ofEnhancedClass(code.classDigit()), tag);
    Localized<GuideText> subjectGuide = catalog.guide(Guides.of(code.subjectArea()), tag);
    return new Explanation.Part(code.toString(), false, subjectGuide.value().title(),
        classGuide.value().summary() + " " + subjectGuide.value().summary(), Optional.empty(),
        subjectGuide.language());
  }
}

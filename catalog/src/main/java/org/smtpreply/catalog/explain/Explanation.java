package org.smtpreply.catalog.explain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.GuideText;
import org.smtpreply.catalog.Localized;
import org.smtpreply.core.BounceKind;
import org.smtpreply.core.Reply;
import org.smtpreply.core.ReplyClass;
import org.smtpreply.core.Subject;

/**
 * What a reply means, in one locale: its classification and, for its reply code and its enhanced
 * code, the catalog's text or, for a code the catalog does not know, the text of its class and
 * subject.
 *
 * @param reply          the reply explained
 * @param locale         the locale asked for
 * @param replyClass     the reply's class
 * @param bounce         its bounce kind
 * @param subject        its enhanced code's subject ({@link Subject#OTHER} without one)
 * @param classGuide     the guide to the reply's class ({@code class-5xx}) in the locale or its fallback
 * @param subjectGuide   the guide to the enhanced code's subject ({@code subject-1}); empty without one
 * @param basic          the reply code's explanation; empty for a bare enhanced code
 * @param enhanced       the enhanced code's explanation; empty when the reply carries none
 */
public record Explanation(
    Reply reply,
    String locale,
    ReplyClass replyClass,
    BounceKind bounce,
    Subject subject,
    Localized<GuideText> classGuide,
    Optional<Localized<GuideText>> subjectGuide,
    Optional<Part> basic,
    Optional<Part> enhanced) {

  /**
   * The explanation of one code.
   *
   * @param code      the code as written: {@code 550}, {@code 5.1.1}
   * @param inCatalog whether the catalog has an entry for it; if not, the texts come from the
   *                  guides to its class and subject digits
   * @param title     a short title
   * @param meaning   what it means: for an enhanced code, the meaning of its transient or
   *                  permanent form where the catalog gives one
   * @param details   the entry's causes and advice, for a code in the catalog
   * @param language  the locale the texts are written in (a fallback when the asked one has none)
   */
  public record Part(String code, boolean inCatalog, String title, String meaning,
      Optional<EntryText> details, String language) {}

  /** The most specific causes and advice available: the enhanced code's, else the reply code's. */
  public Optional<EntryText> advice() {
    return enhanced.flatMap(Part::details).or(() -> basic.flatMap(Part::details));
  }

  /** The languages the shown texts are written in that differ from the asked locale, in order. */
  public List<String> fallbackLanguages() {
    return Stream.concat(
            Stream.concat(Stream.of(classGuide), subjectGuide.stream()).map(Localized::language),
            Stream.concat(basic.stream(), enhanced.stream()).map(Part::language))
        .filter(language -> !language.equalsIgnoreCase(locale))
        .distinct()
        .toList();
  }
}

package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.ProviderReply;
import org.smtpreply.catalog.Reason;
import org.smtpreply.catalog.bounce.Classification;
import org.smtpreply.catalog.bounce.Classifier;
import org.smtpreply.core.EnhancedStatus;
import org.smtpreply.core.ReplyClass;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Links;

/**
 * The at-a-glance verdict that opens a code's page: soft or hard bounce, retry the message or
 * stop, keep or suppress the address, and who must act. The address verdict comes from the same
 * classifier {@code explain} uses: when the code alone decides the reason (5.1.1: the mailbox does
 * not exist), its verdict; when it does not (550), "depends on the reason", with the reasons the
 * providers' documented replies with this code give most often.
 */
public final class VerdictBox {
  /** How many common reasons a code that does not decide its reason lists. */
  private static final int COMMON = 4;

  /**
   * What the box shows.
   *
   * @param bounce      {@code none}, {@code soft} or {@code hard}
   * @param bounceLabel the bounce kind, in words
   * @param message     what happens to the message
   * @param address     what to do with the address
   * @param suppress    whether the address verdict is to suppress it
   * @param reason      the reason the code decides, with a link; null when it does not decide one
   * @param acts        who must act; empty when it depends on the reason
   * @param common      when the code does not decide the reason: the common ones, each with its verdict
   */
  public record View(String bounce, String bounceLabel, String message, String address, boolean suppress,
      ReasonLink reason, String acts, List<ReasonLink> common) {}

  /**
   * A reason as the box links it.
   *
   * @param title   its title
   * @param href    its section on the reasons page; empty where the site has no such page
   * @param address its address verdict, in words
   * @param lang    the language of the title when a fallback, else empty
   */
  public record ReasonLink(String title, String href, String address, String lang) {}

  private final Catalog catalog;
  private final boolean linksReasons;
  private final Classifier classifier;

  VerdictBox(Catalog catalog) {
    this(catalog, true);
  }

  /** A box whose reasons link to the reasons' page when {@code linksReasons}, else name them only. */
  VerdictBox(Catalog catalog, boolean linksReasons) {
    this.linksReasons = linksReasons;
    this.catalog = catalog;
    this.classifier = new Classifier(catalog);
  }

  /** The box of the basic code {@code code}'s page at {@code page}. */
  View basic(int code, String tag, UiMessages ui, String page) {
    return view(OptionalInt.of(code), Optional.empty(), tag, ui, page,
        reply -> reply.code().filter(c -> c == code).isPresent());
  }

  /** The box of the enhanced code {@code concrete}'s page ({@code 5.1.1}) at {@code page}. */
  View enhanced(String concrete, String tag, UiMessages ui, String page) {
    return view(OptionalInt.empty(), EnhancedStatus.parse(concrete), tag, ui, page,
        reply -> reply.enhanced().filter(concrete::equals).isPresent());
  }

  private View view(OptionalInt code, Optional<EnhancedStatus> enhanced, String tag, UiMessages ui, String page,
      Predicate<ProviderReply> carries) {
    int digit = code.isPresent() ? code.getAsInt() / 100 : enhanced.orElseThrow().classDigit();
    ReplyClass replyClass = ReplyClass.ofDigit(digit);
    String bounce = replyClass.bounce().id();
    if (digit < 4) {
      return new View(bounce, ui.get("bounce." + bounce), ui.get("verdict.message.none"), "", false, null, "",
          List.of());
    }
    String message = ui.get(digit == 4 ? "verdict.message.retry" : "verdict.message.stop");
    Optional<Reason> decided = decidedReason(code, enhanced);
    if (decided.isPresent()) {
      Reason reason = decided.get();
      boolean suppress = digit == 5 && reason.suppressAddress();
      String address = ui.get(suppress ? "verdict.address.suppress"
          : digit == 4 && reason.suppressAddress() ? "verdict.address.later" : "verdict.address.keep");
      return new View(bounce, ui.get("bounce." + bounce), message, address, suppress,
          link(reason, tag, ui, page, digit), ui.get("verdict.acts." + reason.acts()), List.of());
    }
    List<ReasonLink> common = new ArrayList<>();
    for (Reason reason : commonReasons(carries)) {
      common.add(link(reason, tag, ui, page, digit));
    }
    return new View(bounce, ui.get("bounce." + bounce), message, ui.get("verdict.address.depends"), false, null,
        "", common);
  }

  /**
   * The reason a reply's codes decide by themselves, as {@code explain} would classify a reply
   * with these codes and no words: empty when the reason depends on what the server says.
   */
  Optional<Reason> decidedReason(OptionalInt code, Optional<EnhancedStatus> enhanced) {
    Classification classified = classifier.classify(code, enhanced, "", Optional.empty(), false);
    boolean decides = classified.basis() == Classification.Basis.ENHANCED_CODE
        || classified.basis() == Classification.Basis.BASIC_CODE;
    return decides ? Optional.of(classified.reason()) : Optional.empty();
  }

  /** The reasons of the providers' replies that {@code carries} selects, most frequent first. */
  private List<Reason> commonReasons(Predicate<ProviderReply> carries) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    catalog.providers().forEach(provider -> provider.replies().stream().filter(carries)
        .forEach(reply -> counts.merge(reply.reason(), 1, Integer::sum)));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(COMMON)
        .map(e -> catalog.reason(e.getKey()).orElseThrow())
        .toList();
  }

  private ReasonLink link(Reason reason, String tag, UiMessages ui, String page, int digit) {
    var text = catalog.text(reason, tag);
    String address = digit == 5 && reason.suppressAddress() ? "verdict.address.suppress" : "verdict.address.keep";
    return new ReasonLink(text.value().title(),
        linksReasons ? Links.between(page, Links.reasons(tag)) + "#" + reason.id() : "",
        ui.get(address), Texts.mark(text, tag));
  }
}

package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.smtpreply.catalog.AdviceText;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.GuideText;
import org.smtpreply.catalog.Guides;
import org.smtpreply.catalog.Localized;
import org.smtpreply.catalog.ProviderReply;
import org.smtpreply.catalog.Reason;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.core.EnhancedStatus;
import org.smtpreply.core.ReplyClass;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Links;

/**
 * Each locale's home page: the most common bounces with their verdicts first, then the reply
 * classes, the bounces (4xx, 5xx) before the rest (2xx, 3xx).
 */
public final class HomeRenderer implements LocalePageRenderer {

  /**
   * A bounce the home page lists as common.
   *
   * @param code     the basic reply code
   * @param enhanced the enhanced code, in its class form ({@code 5.1.1})
   * @param likely   the reason it usually stands for when no reason's enhanced codes decide it
   *                 ({@code greylisted} for 451 4.7.1), else empty
   */
  record Common(int code, String enhanced, String likely) {}

  /**
   * The bounces that senders meet most, as support desks and the providers' NDR pages name them:
   * kept here rather than in catalog/data because the list is the home page's choice of what to
   * show first, not a fact about a code. The providers' most documented codes follow, counted from
   * the catalog at build time ({@link #FROM_PROVIDERS}).
   */
  static final List<Common> COMMON = List.of(
      new Common(550, "5.1.1", ""),
      new Common(552, "5.2.2", ""),
      new Common(452, "4.2.2", ""),
      new Common(554, "5.7.1", ""),
      new Common(421, "4.7.0", ""),
      new Common(451, "4.7.1", "greylisted"),
      new Common(550, "5.7.26", ""));

  /** How many of the providers' most documented enhanced codes follow {@link #COMMON}. */
  static final int FROM_PROVIDERS = 4;

  /**
   * A common bounce as the page shows it.
   *
   * @param code        the reply, such as {@code 550 5.1.1}
   * @param title       the reason's title, else the enhanced code's
   * @param href        the link to the enhanced code's page
   * @param bounce      {@code soft} or {@code hard}
   * @param bounceLabel the bounce kind, in words
   * @param verdict     with the bounce kind, the one-line verdict: retry or not, keep or suppress the address
   * @param lang        the language of the title when a fallback, else empty
   */
  public record CommonBounce(String code, String title, String href, String bounce, String bounceLabel,
      String verdict, String lang) {}

  /**
   * What a home page shows.
   *
   * @param intro       the introduction
   * @param common      the most common bounces, with their verdicts
   * @param commonIntro what the list of common bounces shows
   * @param guides      links to the guides
   * @param groups      the codes, grouped by class: 4xx, 5xx, 2xx, 3xx
   */
  public record HomeView(String intro, List<CommonBounce> common, String commonIntro, List<GuideLink> guides,
      List<ClassGroup> groups) {}

  /**
   * A reply class and its codes.
   *
   * @param key         {@code 2xx} to {@code 5xx}
   * @param title       the class's title
   * @param summary     what the class means
   * @param bounce      {@code none}, {@code soft} or {@code hard}
   * @param bounceLabel the bounce kind, in words
   * @param lang        the language of title and summary when a fallback, else empty
   * @param codes       the class's codes
   * @param href        the link to the class's page
   */
  public record ClassGroup(String key, String title, String summary, String bounce, String bounceLabel,
      String lang, List<CodeLink> codes, String href) {}

  /**
   * A link to a guide.
   *
   * @param title   the guide's title
   * @param summary its summary
   * @param href    the link
   * @param lang    the language when a fallback, else empty
   */
  public record GuideLink(String title, String summary, String href, String lang) {}

  @Override
  public List<Page> pages(SiteContext site, SiteLocale locale) {
    List<Page> pages = new ArrayList<>();
    Catalog catalog = site.catalog();
    String tag = locale.tag();
    UiMessages ui = site.ui(tag);
    String path = Links.home(tag);
    List<ClassGroup> groups = new ArrayList<>();
    for (int digit : new int[] {4, 5, 2, 3}) {
      ReplyClass replyClass = ReplyClass.ofDigit(digit);
      String key = replyClass.key();
      Localized<GuideText> guide = catalog.guide(Guides.of(replyClass), tag);
      List<CodeLink> codes = catalog.basicCodes().stream()
          .filter(c -> c.replyClass() == replyClass)
          .map((ReplyCode c) -> Texts.link(catalog, tag, path, c))
          .toList();
      String bounce = replyClass.bounce().id();
      groups.add(new ClassGroup(key, guide.value().title(), guide.value().summary(), bounce,
          ui.get("bounce." + bounce), Texts.mark(guide, tag), codes,
          Links.between(path, Links.replyClass(tag, key))));
    }
    List<GuideLink> guides = GuideRenderer.GUIDES.stream()
        .map(id -> {
          Localized<GuideText> guide = catalog.guide(id, tag);
          return new GuideLink(guide.value().title(), guide.value().summary(),
              Links.between(path, GuideRenderer.path(tag, id)), Texts.mark(guide, tag));
        })
        .toList();
    PageMeta meta = site.meta(tag, path, ui.get("site.name"), ui.get("site.tagline"), Links::home, "index.html");
    VerdictBox verdicts = new VerdictBox(catalog);
    List<CommonBounce> common = commonBounces(catalog).stream()
        .map(c -> view(catalog, verdicts, ui, tag, path, c))
        .toList();
    pages.add(new Page(path, "home.ftlh", tag, meta, new HomeView(ui.get("home.intro"), common,
        ui.format("home.common.intro", FROM_PROVIDERS), guides, groups)));
    return pages;
  }

  /**
   * {@link #COMMON}, then the {@link #FROM_PROVIDERS} enhanced codes of the registry that the
   * providers' documented replies carry most often and {@link #COMMON} lacks, each with the basic
   * code those replies carry most often (ties go to the lower code).
   */
  static List<Common> commonBounces(Catalog catalog) {
    Set<String> listed = COMMON.stream().map(Common::enhanced).collect(Collectors.toSet());
    Map<String, List<ProviderReply>> byEnhanced = catalog.providers().stream()
        .flatMap(p -> p.replies().stream())
        .filter(r -> r.enhanced().isPresent())
        .filter(r -> EnhancedStatus.parse(r.enhanced().get()).isPresent()
            && catalog.enhanced(r.enhanced().get()).isPresent())
        .filter(r -> !listed.contains(r.enhanced().get()))
        .collect(Collectors.groupingBy(r -> r.enhanced().get(), TreeMap::new, Collectors.toList()));
    List<Common> common = new ArrayList<>(COMMON);
    byEnhanced.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(r -> r.code().isPresent()))
        .sorted(Comparator.comparing((Map.Entry<String, List<ProviderReply>> e) -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey, EnhancedStatus.ORDER))
        .limit(FROM_PROVIDERS)
        .forEach(e -> common.add(new Common(mostCommonCode(e.getValue()), e.getKey(), "")));
    return common;
  }

  private static int mostCommonCode(List<ProviderReply> replies) {
    Map<Integer, Long> counts = replies.stream()
        .flatMap(r -> r.code().stream())
        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .max(Comparator.comparing(Map.Entry<Integer, Long>::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow()
        .getKey();
  }

  /**
   * The reason that decides {@code common}: the one its codes decide by themselves (the rule the
   * code pages and {@code explain} use), else the one it usually stands for, if any.
   */
  static Optional<Reason> reasonOf(Catalog catalog, VerdictBox verdicts, Common common) {
    Optional<Reason> decided = verdicts.decidedReason(OptionalInt.of(common.code()),
        EnhancedStatus.parse(common.enhanced()));
    return decided.isPresent() ? decided : catalog.reason(common.likely());
  }

  private static CommonBounce view(Catalog catalog, VerdictBox verdicts, UiMessages ui, String tag, String path,
      Common common) {
    EnhancedCode code = catalog.enhanced(common.enhanced()).orElseThrow(() -> new IllegalStateException(
        "the common bounce " + common.enhanced() + " is not in the registry; fix HomeRenderer.COMMON"));
    String bounce = ReplyClass.of(common.code()).bounce().id();
    Optional<Reason> reason = reasonOf(catalog, verdicts, common);
    String address = reason.map(r -> r.suppressAddress() ? "home.common.address.suppress" : "home.common.address.keep")
        .orElse("home.common.address.depends");
    String verdict = ui.format("home.common.verdict", ui.get("home.common.retry." + bounce), ui.get(address));
    String title;
    String lang;
    if (reason.isPresent()) {
      Localized<AdviceText> text = catalog.text(reason.get(), tag);
      title = text.value().title();
      lang = Texts.mark(text, tag);
    } else {
      Localized<EntryText> text = catalog.text(code, tag);
      title = text.value().title();
      lang = Texts.mark(text, tag);
    }
    return new CommonBounce(common.code() + " " + common.enhanced(), title,
        Links.between(path, Links.enhanced(tag, common.enhanced())), bounce, ui.get("bounce." + bounce), verdict,
        lang);
  }
}

package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.Guides;
import org.smtpreply.catalog.Localized;
import org.smtpreply.core.ReplyClass;
import org.smtpreply.core.Subject;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Links;

/**
 * One page per enhanced status code in each class form it is used in ({@code 4.2.2} and {@code
 * 5.2.2}), per locale; each shows both forms and links to its twin.
 */
public final class EnhancedPageRenderer implements LocalePageRenderer {

  /**
   * What an enhanced-code page shows.
   *
   * @param code        the concrete code ({@code 5.1.1})
   * @param title       its title
   * @param summary     what it means
   * @param bounce      {@code none}, {@code soft} or {@code hard}, from its class digit
   * @param bounceLabel the bounce kind, in words
   * @param subject     the subject's title ({@code Mailbox status})
   * @param forms       its class forms, with what each means
   * @param causes      typical causes
   * @param sender      what the sender does
   * @param admin       what the receiving administrator does
   * @param retry       retry advice
   * @param rfcs        the RFCs that define it
   * @param basic       the basic codes the registry associates with it
 * @param providers   the providers' documented replies with this enhanced code
 * @param realReplies replies with this code as providers send them
 * @param verdict     the at-a-glance verdict
   * @param lang        the language of the texts when a fallback, else empty
   */
  public record EnhancedView(
      String code, String title, String summary, String bounce, String bounceLabel, String subject,
      List<Form> forms, List<String> causes, String sender, String admin, String retry,
      List<Reference> rfcs, List<CodeLink> basic, List<CodeLink> providers,
      List<BounceRenderer.RealReply> realReplies, VerdictBox.View verdict, String lang) {}

  /**
   * One class form of an enhanced code.
   *
   * @param code    the concrete code
   * @param label   the class, in words
   * @param meaning what the form means; empty when the catalog says nothing specific
   * @param href    the link to the form's page
   * @param current whether this is the page's own form
   */
  public record Form(String code, String label, String meaning, String href, boolean current) {}

  @Override
  public List<Page> pages(SiteContext site, SiteLocale locale) {
    List<Page> pages = new ArrayList<>();
    Catalog catalog = site.catalog();
    String tag = locale.tag();
    UiMessages ui = site.ui(tag);
    VerdictBox verdicts = new VerdictBox(catalog, site.publishesBouncePages());
    for (EnhancedCode code : catalog.enhancedCodes()) {
      if (!site.publishes(code)) {
        continue;
      }
      Localized<EntryText> localized = catalog.text(code, tag);
      EntryText text = localized.value();
      String subject = catalog.guide(Guides.of(Subject.of(code.subject())), tag).value().title();
      for (int digit : code.classes()) {
        String concrete = code.in(digit);
        String path = Links.enhanced(tag, concrete);
        List<Form> forms = new ArrayList<>();
        for (int other : code.classes()) {
          String meaning = switch (other) {
            case 4 -> text.transientForm().orElse("");
            case 5 -> text.permanentForm().orElse("");
            default -> "";
          };
          forms.add(new Form(code.in(other), ui.get("enhanced.class." + other), meaning,
              Links.between(path, Links.enhanced(tag, code.in(other))), other == digit));
        }
        String bounce = ReplyClass.ofDigit(digit).bounce().id();
        // The pairs of this class form only: the 5.1.1 page does not offer 451.
        List<CodeLink> basic = code.basic().stream().filter(b -> b / 100 == digit)
            .map(b -> catalog.basic(b).orElseThrow())
            .filter(site::publishes)
            .map(b -> Texts.link(catalog, tag, path, b))
            .toList();
        List<Reference> rfcs = code.rfcs().stream()
            .map(r -> new Reference("RFC " + r, "https://www.rfc-editor.org/rfc/rfc" + r + ".html"))
            .toList();
        EnhancedView view = new EnhancedView(concrete, text.title(), text.summary(), bounce,
            ui.get("bounce." + bounce), subject, forms, text.causes(), text.sender(), text.admin(),
            text.retry(), rfcs, basic,
            BounceRenderer.replyLinks(site, tag, path, reply -> reply.enhanced().filter(concrete::equals).isPresent()),
            BounceRenderer.realReplies(site, tag, path, reply -> reply.enhanced().filter(concrete::equals).isPresent(), 3),
            verdicts.enhanced(concrete, tag, ui, path),
            Texts.mark(localized, tag));
        PageMeta meta = site.meta(tag, path, concrete + " " + text.title() + " · " + ui.get("site.name"),
            text.summary(), t -> Links.enhanced(t, concrete));
        pages.add(new Page(path, "enhanced.ftlh", tag, meta, view));
      }
    }
    return pages;
  }
}

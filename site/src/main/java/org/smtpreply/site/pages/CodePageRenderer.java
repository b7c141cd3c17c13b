package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.Localized;
import org.smtpreply.catalog.ProviderReply;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Links;

/** One page per basic reply code and locale: what it means, why, and what to do. */
public final class CodePageRenderer implements LocalePageRenderer {

  /**
   * What a code page shows.
   *
   * @param code        the code
   * @param title       its title
   * @param summary     the plain explanation
   * @param classKey    {@code 2xx} to {@code 5xx}
   * @param classLabel  the class, in words
   * @param bounce      {@code none}, {@code soft} or {@code hard}
   * @param bounceLabel the bounce kind, in words
   * @param causes      typical causes
   * @param sender      what the sender does
   * @param admin       what the receiving administrator does
   * @param retry       retry advice
   * @param origin      for a non-standard code, who uses it; else empty
   * @param references  the RFCs that define it
   * @param commands    the commands that may return it
   * @param enhanced    typical enhanced codes
   * @param related     related codes
   * @param example     a reply with this code as a provider sends it, empty when the catalog has none
   * @param realReplies replies with this code as providers send them
   * @param verdict     the at-a-glance verdict
   * @param providers   the providers' documented replies with this code and no enhanced code
   * @param lang        the language of the texts when a fallback, else empty
   */
  public record CodeView(
      String code, String title, String summary, String classKey, String classLabel, String bounce,
      String bounceLabel, List<String> causes, String sender, String admin, String retry, String origin,
      List<Reference> references, List<String> commands, List<CodeLink> enhanced, List<CodeLink> related,
      String example, List<BounceRenderer.RealReply> realReplies, VerdictBox.View verdict,
      List<CodeLink> providers, String lang) {}

  @Override
  public List<Page> pages(SiteContext site, SiteLocale locale) {
    List<Page> pages = new ArrayList<>();
    Catalog catalog = site.catalog();
    String tag = locale.tag();
    UiMessages ui = site.ui(tag);
    VerdictBox verdicts = new VerdictBox(catalog, site.publishesBouncePages());
    for (ReplyCode code : catalog.basicCodes()) {
      if (!site.publishes(code)) {
        continue;
      }
      String path = Links.code(tag, code.code());
      Localized<EntryText> localized = catalog.text(code, tag);
      EntryText text = localized.value();
      String bounce = code.bounce().id();
      List<CodeLink> enhanced = code.enhanced().stream()
          .filter(e -> site.publishes(catalog.enhanced(e).orElseThrow()))
          .map(e -> Texts.link(catalog, tag, path, catalog.enhanced(e).orElseThrow(), e))
          .toList();
      List<CodeLink> related = code.related().stream()
          .map(r -> catalog.basic(r).orElseThrow())
          .filter(site::publishes)
          .map(r -> Texts.link(catalog, tag, path, r))
          .toList();
      // A real server's words: the first provider's reply in the catalog that carries the code, if any.
      String example = catalog.providers().stream().flatMap(p -> p.replies().stream())
          .filter(r -> r.code().filter(c -> c == code.code()).isPresent())
          .map(ProviderReply::example).findFirst().orElse("");
      CodeView view = new CodeView(
          code.id(), text.title(), text.summary(), code.replyClass().key(),
          ui.get("class." + code.replyClass().key()), bounce, ui.get("bounce." + bounce),
          text.causes(), text.sender(), text.admin(), text.retry(), text.origin().orElse(""),
          code.references().stream().map(r -> new Reference(r.label(), r.url())).toList(),
          code.commands(), enhanced, related, example,
          BounceRenderer.realReplies(site, tag, path, reply -> reply.code().filter(c -> c == code.code()).isPresent(), 3),
          verdicts.basic(code.code(), tag, ui, path),
          BounceRenderer.replyLinks(site, tag, path,
              reply -> reply.code().filter(c -> c == code.code()).isPresent() && reply.enhanced().isEmpty()),
          Texts.mark(localized, tag));
      PageMeta meta = site.meta(tag, path, code.code() + " " + text.title() + " · " + ui.get("site.name"),
          text.summary(), t -> Links.code(t, code.code()));
      pages.add(new Page(path, "code.ftlh", tag, meta, view));
    }
    return pages;
  }
}

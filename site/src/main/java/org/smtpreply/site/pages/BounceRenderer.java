package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Optional;
import org.smtpreply.catalog.AdviceText;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.Localized;
import org.smtpreply.catalog.Provider;
import org.smtpreply.catalog.ProviderReply;
import org.smtpreply.catalog.Reason;
import org.smtpreply.core.EnhancedStatus;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Links;

/**
 * The pages of what makes a bounce: the reasons (one page, a section each) and the providers (an
 * index, and a page per provider with each of its replies as it sends them).
 */
public final class BounceRenderer implements LocalePageRenderer {

  /**
   * A reason as the reasons page shows it.
   *
   * @param id       its id, the section's anchor
   * @param text     its title, summary and action
   * @param lang     the language of the text when a fallback, else empty
   * @param verdict  what it means for the address: "suppress the address" or "keep the address"
   * @param suppress whether the address should be suppressed
   * @param acts     who must act, in words
   */
  public record ReasonView(String id, AdviceText text, String lang, String verdict, boolean suppress, String acts) {}

  /** What the reasons page shows. */
  public record ReasonsView(List<ReasonView> reasons) {}

  /**
   * A provider in the index.
   *
   * @param name    its name
   * @param href    its page
   * @param summary its summary
   * @param lang    the language of the summary when a fallback, else empty
   * @param replies how many replies the catalog knows, in words
   */
  public record ProviderLink(String name, String href, String summary, String lang, String replies) {}

  /** What the providers index shows. */
  public record ProvidersView(List<ProviderLink> providers) {}

  /**
   * One provider's reply on its page.
   *
   * @param id         its id, the section's anchor
   * @param codes      its codes as written ({@code 550 5.7.708}), empty when it carries none
   * @param codeLinks  links to the pages of its codes
   * @param token      its vendor token, empty when none
   * @param text       our title, summary and action
   * @param lang       the language of our text when a fallback, else empty
   * @param example    the reply as the provider sends it (English, as sent)
   * @param reason     the reason's title
   * @param reasonHref the reason's section on the reasons page
   * @param source     the provider's page that documents it
   */
  public record ReplyView(String id, String codes, List<CodeLink> codeLinks, String token, AdviceText text,
      String lang, String example, String reason, String reasonHref, String source) {}

  /**
   * What a provider's page shows.
   *
   * @param name    its name
   * @param text    our summary and action
   * @param lang    the language of our text when a fallback, else empty
   * @param source  the provider's own page about its bounces
   * @param replies its replies
   */
  public record ProviderView(String name, AdviceText text, String lang, String source, List<ReplyView> replies) {}

  @Override
  public List<Page> pages(SiteContext site, SiteLocale locale) {
    List<Page> pages = new ArrayList<>();
    Catalog catalog = site.catalog();
    String tag = locale.tag();
    UiMessages ui = site.ui(tag);

    String reasonsPath = Links.reasons(tag);
    List<ReasonView> reasons = new ArrayList<>();
    for (Reason reason : catalog.reasons()) {
      Localized<AdviceText> text = catalog.text(reason, tag);
      reasons.add(new ReasonView(reason.id(), text.value(), Texts.mark(text, tag),
          ui.get(reason.suppressAddress() ? "verdict.address.suppress" : "verdict.address.keep"),
          reason.suppressAddress(), ui.get("verdict.acts." + reason.acts())));
    }
    pages.add(new Page(reasonsPath, "reasons.ftlh", tag,
        site.meta(tag, reasonsPath, ui.get("reasons.title") + " · " + ui.get("site.name"),
            ui.get("reasons.description"), Links::reasons),
        new ReasonsView(reasons)));

    String indexPath = Links.providers(tag);
    List<ProviderLink> links = new ArrayList<>();
    for (Provider provider : catalog.providers()) {
      Localized<AdviceText> text = catalog.text(provider, tag);
      links.add(new ProviderLink(provider.name(), Links.between(indexPath, Links.provider(tag, provider.id())),
          text.value().summary(), Texts.mark(text, tag), ui.format("providers.replies", provider.replies().size())));
      pages.add(providerPage(site, tag, provider, text));
    }
    pages.add(new Page(indexPath, "providers.ftlh", tag,
        site.meta(tag, indexPath, ui.get("providers.title") + " · " + ui.get("site.name"),
            ui.get("providers.description"), Links::providers),
        new ProvidersView(links)));
    return pages;
  }

  private static Page providerPage(SiteContext site, String tag, Provider provider, Localized<AdviceText> text) {
    Catalog catalog = site.catalog();
    String path = Links.provider(tag, provider.id());
    List<ReplyView> replies = new ArrayList<>();
    for (ProviderReply reply : provider.replies()) {
      Localized<AdviceText> replyText = catalog.text(reply, tag);
      Reason reason = catalog.reason(reply.reason()).orElseThrow();
      replies.add(new ReplyView(reply.id(), codes(reply), codeLinks(catalog, tag, path, reply),
          reply.token().orElse(""), replyText.value(), Texts.mark(replyText, tag), reply.example(),
          catalog.text(reason, tag).value().title(),
          Links.between(path, Links.reasons(tag)) + "#" + reason.id(), reply.source()));
    }
    return new Page(path, "provider.ftlh", tag,
        site.meta(tag, path, provider.name() + " · " + site.ui(tag).get("site.name"), text.value().summary(),
            t -> Links.provider(t, provider.id())),
        new ProviderView(provider.name(), text.value(), Texts.mark(text, tag), provider.source(), replies));
  }

  /**
   * Links from the page at {@code from} to the providers' documented replies that {@code carries}
   * selects (those with a code page's code), each shown as its codes (or its vendor token) and
   * the provider's name with the reply's title; at most {@link #LINKS} of them, to keep a code's
   * page light (the providers' pages have them all).
   */
  static List<CodeLink> replyLinks(SiteContext site, String tag, String from, Predicate<ProviderReply> carries) {
    if (!site.publishesBouncePages()) {
      return List.of();
    }
    Catalog catalog = site.catalog();
    List<CodeLink> links = new ArrayList<>();
    for (Provider provider : catalog.providers()) {
      for (ProviderReply reply : provider.replies()) {
        if (!carries.test(reply)) {
          continue;
        }
        Localized<AdviceText> text = catalog.text(reply, tag);
        String shown = reply.token().map(t -> codes(reply) + " " + t).orElse(codes(reply)).strip();
        links.add(new CodeLink(shown, provider.name() + ": " + text.value().title(),
            Links.between(from, Links.provider(tag, provider.id())) + "#" + reply.id(), false, Texts.mark(text, tag)));
        if (links.size() == LINKS) {
          return links;
        }
      }
    }
    return links;
  }

  /**
   * A reply as a provider sends it, for a code's page.
   *
   * @param provider the provider's name
   * @param href     the reply on its provider's page
   * @param example  the reply as the provider documents it
   */
  public record RealReply(String provider, String href, String example) {}

  /** The most links to providers' replies a code's page lists. */
  static final int LINKS = 8;

  /** Up to {@code limit} of the replies {@code carries} selects as their providers send them, one per provider first. */
  static List<RealReply> realReplies(SiteContext site, String tag, String from, Predicate<ProviderReply> carries,
      int limit) {
    List<RealReply> first = new ArrayList<>();
    List<RealReply> more = new ArrayList<>();
    for (Provider provider : site.catalog().providers()) {
      boolean seen = false;
      for (ProviderReply reply : provider.replies()) {
        if (carries.test(reply)) {
          RealReply real = new RealReply(provider.name(), site.publishesBouncePages()
              ? Links.between(from, Links.provider(tag, provider.id())) + "#" + reply.id() : "", reply.example());
          (seen ? more : first).add(real);
          seen = true;
        }
      }
    }
    first.addAll(more);
    return first.subList(0, Math.min(limit, first.size()));
  }

  private static String codes(ProviderReply reply) {
    List<String> parts = new ArrayList<>();
    reply.code().ifPresent(code -> parts.add(code.toString()));
    reply.enhanced().ifPresent(parts::add);
    return String.join(" ", parts);
  }

  /** Links to the catalog's pages of the reply's basic and enhanced codes, where it has them. */
  private static List<CodeLink> codeLinks(Catalog catalog, String tag, String page, ProviderReply reply) {
    List<CodeLink> links = new ArrayList<>();
    reply.code().flatMap(catalog::basic).ifPresent(code -> links.add(Texts.link(catalog, tag, page, code)));
    Optional<EnhancedStatus> status = reply.enhanced().flatMap(EnhancedStatus::parse);
    status.flatMap(s -> catalog.enhanced(s.registryKey()))
        .filter(code -> code.classes().contains(status.get().classDigit()))
        .ifPresent(code -> links.add(Texts.link(catalog, tag, page, code, status.get().toString())));
    return links;
  }
}

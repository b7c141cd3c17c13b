package org.smtpreply.site.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.smtpreply.catalog.AdviceText;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.Provider;
import org.smtpreply.catalog.ProviderReply;
import org.smtpreply.catalog.Reason;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Links;

/**
 * Each locale's data for the decoder's answer: for the bounce reader (assets/bounce.js) the
 * catalog's reasons (codes, phrases and subjects that point to them, the address verdict, who acts,
 * and their texts in the locale) and the providers (host markers and documented replies with their
 * texts); for the answer (assets/bounce-view.js) each code's advice, as {@code explain} gives it,
 * and the words the decoder shows around them (the UI bundle's). A script that sets {@code window.SMTP_BOUNCES}, for {@code file://};
 * the decoder loads it when the reader first decodes something.
 */
public final class BounceDataRenderer implements PageRenderer {
  /**
   * The prefix of the UI bundle's keys for the decoder's own words about bounces ({@code
   * decoder.bounce.recipient}); the script reads them without it ({@code recipient}).
   */
  public static final String BOUNCE_WORDS = "decoder.bounce.";
  /** The UI bundle's words the decoder's answer shows, under their own keys: the verdict box's and the codes'. */
  private static final List<String> UI = List.of("verdict.title", "verdict.message.none", "verdict.message.retry",
      "verdict.message.stop", "verdict.address.later", "verdict.address.suppress", "verdict.address.keep",
      "verdict.acts.sender", "verdict.acts.sender-admin", "verdict.acts.recipient", "verdict.acts.recipient-admin",
      "verdict.acts.none", "bounce.none", "bounce.soft", "bounce.hard", "code.sender", "code.admin", "code.retry",
      "decoder.basic", "decoder.enhanced", "decoder.text", "decoder.unknown", "decoder.unknown.enhanced",
      "explain.provider");

  @Override
  public List<Page> pages(SiteContext site) {
    List<Page> pages = new ArrayList<>();
    for (SiteLocale locale : site.locales()) {
      String tag = locale.tag();
      Map<String, Object> data = data(site.catalog(), tag);
      data.put("codes", advice(site.catalog(), tag));
      data.put("ui", words(site, tag));
      try {
        pages.add(Page.file(path(tag), tag,
            "window.SMTP_BOUNCES=" + SearchIndexRenderer.JSON.writeValueAsString(data) + ";\n"));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return pages;
  }

  /** Where the data of {@code tag} is written. */
  public static String path(String tag) {
    return "assets/bounce-" + tag + ".js";
  }

  /**
   * The reasons and providers of {@code catalog}, with the reasons' texts in {@code tag}, as the
   * decoder's bounce reader reads them. A provider's reply is marked standalone ({@code o}) when
   * it matches wherever it is seen: it has a vendor token or an enhanced code outside the registry.
   */
  public static Map<String, Object> data(Catalog catalog, String tag) {
    List<Map<String, Object>> reasons = new ArrayList<>();
    for (Reason reason : catalog.reasons()) {
      AdviceText text = catalog.text(reason, tag).value();
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", reason.id());
      r.put("x", reason.suppressAddress());
      r.put("a", reason.acts());
      r.put("e", reason.enhanced());
      r.put("p", reason.phrases());
      r.put("b", reason.basic());
      r.put("s", reason.subjects());
      r.put("t", text.title());
      r.put("m", text.summary());
      r.put("d", text.action());
      r.put("h", Links.reasons(tag) + "#" + reason.id());
      reasons.add(r);
    }
    List<Map<String, Object>> providers = new ArrayList<>();
    for (Provider provider : catalog.providers()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", provider.id());
      p.put("n", provider.name());
      p.put("h", provider.hosts());
      p.put("l", Links.provider(tag, provider.id()));
      List<Map<String, Object>> replies = new ArrayList<>();
      for (ProviderReply reply : provider.replies()) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", reply.id());
        reply.code().ifPresent(c -> r.put("c", c));
        reply.enhanced().ifPresent(e -> r.put("e", e));
        reply.token().ifPresent(t -> r.put("k", t));
        reply.text().ifPresent(t -> r.put("x", t));
        r.put("r", reply.reason());
        AdviceText text = catalog.text(reply, tag).value();
        r.put("t", text.title());
        r.put("d", text.action());
        r.put("o", reply.token().isPresent() || reply.enhanced().filter(e -> catalog.enhanced(e).isEmpty()).isPresent());
        replies.add(r);
      }
      p.put("r", replies);
      providers.add(p);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("reasons", reasons);
    data.put("providers", providers);
    return data;
  }

  /**
   * What the decoder's answer says after a code's meaning, as {@code explain} does: for each code
   * of the catalog ({@code 550}, {@code X.1.1}) what the sender and the receiving administrator
   * should do and how to retry; for an enhanced code, also what its 4.x.x and 5.x.x forms mean.
   */
  static Map<String, Map<String, String>> advice(Catalog catalog, String tag) {
    Map<String, Map<String, String>> codes = new LinkedHashMap<>();
    for (ReplyCode code : catalog.basicCodes()) {
      codes.put(code.id(), advice(catalog.text(code, tag).value()));
    }
    for (EnhancedCode code : catalog.enhancedCodes()) {
      EntryText text = catalog.text(code, tag).value();
      Map<String, String> advice = advice(text);
      text.transientForm().ifPresent(form -> advice.put("4", form));
      text.permanentForm().ifPresent(form -> advice.put("5", form));
      codes.put(code.code(), advice);
    }
    return codes;
  }

  private static Map<String, String> advice(EntryText text) {
    Map<String, String> advice = new LinkedHashMap<>();
    advice.put("s", text.sender());
    advice.put("a", text.admin());
    advice.put("r", text.retry());
    return advice;
  }

  /** The decoder's words for a bounce in {@code tag}, and those of the UI bundle it shows ({@link #UI}). */
  private static Map<String, String> words(SiteContext site, String tag) {
    Map<String, String> words = new TreeMap<>();
    UiMessages ui = site.ui(tag);
    for (String key : UI) {
      words.put(key, ui.get(key));
    }
    words.putAll(bounceWords(ui));
    return words;
  }

  /** The decoder's own words for bounces in {@code ui}'s locale, by their keys without {@link #BOUNCE_WORDS}. */
  public static Map<String, String> bounceWords(UiMessages ui) {
    Map<String, String> words = new TreeMap<>();
    ui.asMap().forEach((key, value) -> {
      if (key.startsWith(BOUNCE_WORDS)) {
        words.put(key.substring(BOUNCE_WORDS.length()), value);
      }
    });
    return words;
  }
}

package org.smtpreply.site.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.GuideText;
import org.smtpreply.catalog.Provider;
import org.smtpreply.catalog.ProviderReply;
import org.smtpreply.catalog.Guides;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.core.ReplyClass;
import org.smtpreply.core.Subject;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.site.internal.Links;

/**
 * Each locale's offline search index, also the decoder's data: a script that sets {@code
 * window.SMTP_DATA}. A script rather than a JSON file, because browsers refuse to fetch files
 * from {@code file://}. Every {@code <}, {@code >}, {@code &} and quote in the data is written as
 * a JSON escape, so catalog text can never close the script or inject markup.
 */
public final class SearchIndexRenderer implements PageRenderer {

  /** Writes JSON whose strings are safe inside a script element. */
  static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
  }

  @Override
  public List<Page> pages(SiteContext site) {
    List<Page> pages = new ArrayList<>();
    Catalog catalog = site.catalog();
    for (SiteLocale locale : site.locales()) {
      String tag = locale.tag();
      Map<String, Object> data = new LinkedHashMap<>();
      List<Map<String, Object>> entries = new ArrayList<>();
      Map<String, Integer> used = providersUse(catalog);
      for (ReplyCode code : catalog.basicCodes()) {
        if (!site.publishes(code)) {
          continue;
        }
        EntryText text = catalog.text(code, tag).value();
        Map<String, Object> entry = entry(code.id(), text.title(), text.summary(), Links.code(tag, code.code()));
        entry.put("b", code.bounce().id());
        weigh(entry, used);
        entries.add(entry);
      }
      for (EnhancedCode code : catalog.enhancedCodes()) {
        if (!site.publishes(code)) {
          continue;
        }
        EntryText text = catalog.text(code, tag).value();
        Map<String, Object> entry = entry(code.code(), text.title(), text.summary(), null);
        weigh(entry, used);
        Map<String, String> forms = new LinkedHashMap<>();
        for (int digit : code.classes()) {
          forms.put(Integer.toString(digit), Links.enhanced(tag, code.in(digit)));
        }
        entry.put("f", forms);
        entries.add(entry);
      }
      for (String id : site.scope().repliesOnly() ? List.<String>of() : GuideRenderer.GUIDES) {
        GuideText guide = catalog.guide(id, tag).value();
        entries.add(entry("", guide.title(), guide.summary(), GuideRenderer.path(tag, id)));
      }
      data.put("entries", entries);
      // Providers' own replies, found by their enhanced code (5.7.708) or vendor token (TSS04).
      List<Map<String, Object>> replies = new ArrayList<>();
      // Providers' replies lead to their providers' pages, which a site of a codebase's replies lacks.
      for (Provider provider : site.publishesBouncePages() ? catalog.providers() : List.<Provider>of()) {
        for (ProviderReply reply : provider.replies()) {
          StringBuilder keys = new StringBuilder(" ");
          reply.enhanced().ifPresent(e -> keys.append(e).append(' '));
          reply.token().ifPresent(t -> keys.append(t.toLowerCase(Locale.ROOT)).append(' '));
          if (keys.length() == 1) {
            continue;
          }
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("c", reply.token().orElse(reply.enhanced().orElse("")));
          entry.put("t", provider.name() + ": " + catalog.text(reply, tag).value().title());
          entry.put("h", Links.provider(tag, provider.id()) + "#" + reply.id());
          entry.put("k", keys.toString());
          bounce(reply).ifPresent(b -> entry.put("b", b));
          replies.add(entry);
        }
      }
      data.put("replies", replies);
      Map<String, Object> classes = new LinkedHashMap<>();
      for (ReplyClass replyClass : ReplyClass.values()) {
        GuideText guide = catalog.guide(Guides.of(replyClass), tag).value();
        Map<String, Object> c = entry(replyClass.key(), guide.title(), guide.summary(),
            site.scope().repliesOnly() ? null : Links.replyClass(tag, replyClass.key()));
        c.put("b", replyClass.bounce().id());
        classes.put(Integer.toString(replyClass.digit()), c);
      }
      data.put("classes", classes);
      Map<String, Object> subjects = new LinkedHashMap<>();
      for (Subject subject : Subject.values()) {
        GuideText guide = catalog.guide(Guides.of(subject), tag).value();
        subjects.put(Integer.toString(subject.number()),
            entry("X." + subject.number(), guide.title(), guide.summary(), null));
      }
      data.put("subjects", subjects);
      try {
        pages.add(Page.file(Links.searchIndex(tag), tag,
            "window.SMTP_DATA=" + JSON.writeValueAsString(data) + ";\n"));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return pages;
  }

  /**
   * How many providers' documented replies carry each code: {@code 550} by its reply code,
   * {@code X.1.1} by its enhanced code in either class. Search breaks ties with it, so that among
   * equally good matches the code readers meet most comes first.
   */
  static Map<String, Integer> providersUse(Catalog catalog) {
    Map<String, Integer> used = new HashMap<>();
    for (Provider provider : catalog.providers()) {
      for (ProviderReply reply : provider.replies()) {
        reply.code().ifPresent(c -> used.merge(Integer.toString(c), 1, Integer::sum));
        reply.enhanced().ifPresent(e -> used.merge("X" + e.substring(1), 1, Integer::sum));
      }
    }
    return used;
  }

  private static void weigh(Map<String, Object> entry, Map<String, Integer> used) {
    Integer count = used.get((String) entry.get("c"));
    if (count != null) {
      entry.put("w", count);
    }
  }

  /** The bounce kind of a provider's reply, from the class of its reply code or enhanced code. */
  private static Optional<String> bounce(ProviderReply reply) {
    Optional<Integer> digit = reply.code().map(c -> c / 100)
        .or(() -> reply.enhanced().map(e -> e.charAt(0) - '0'));
    return digit.filter(d -> d >= 2 && d <= 5).map(d -> ReplyClass.ofDigit(d).bounce().id());
  }

  private static Map<String, Object> entry(String code, String title, String summary, String href) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("c", code);
    entry.put("t", title);
    entry.put("s", summary);
    if (href != null) {
      entry.put("h", href);
    }
    return entry;
  }

  /** Escapes the characters that could end a script element or start markup inside one. */
  static final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    ScriptSafeEscapes() {
      escapes = standardAsciiEscapesForJSON();
      for (char c : new char[] {'<', '>', '&', '\'', '"'}) {
        escapes[c] = ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      // Line and paragraph separators end a JavaScript line in older engines.
      if (ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}

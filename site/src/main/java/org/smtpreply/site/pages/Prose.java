package org.smtpreply.site.pages;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.site.internal.Links;

/**
 * Catalog prose as HTML: the text escaped, and every reply code it mentions ({@code 550},
 * {@code 5.1.1}, {@code X.1.1}) linked to that code's page, except on the page itself. The one
 * place where codes in prose become links, so no catalog text carries markup.
 */
public final class Prose {
  /**
   * A basic code (three digits, 2 to 5 first) or an enhanced code ({@code 5.1.1}, {@code X.1.1}),
   * standing alone: not part of a longer number, a version, an address ({@code 192.0.2.1}) or a word.
   */
  private static final Pattern CODE = Pattern.compile(
      "(?<![\\w.])(?:[2-5]\\d\\d|[245X]\\.\\d{1,3}\\.\\d{1,3})(?![\\w]|[.,]\\d)");

  /** For each code as written, its page in the locale {@code "{tag}"}, from the site root. */
  private final Map<String, String> targets = new HashMap<>();

  /** The linker for {@code catalog}'s codes: only codes that have a page become links. */
  public Prose(Catalog catalog) {
    this(catalog, SiteContext.Scope.EVERYTHING);
  }

  /** The linker for the codes of {@code catalog} that {@code scope} gives pages; the others stay text. */
  public Prose(Catalog catalog, SiteContext.Scope scope) {
    for (ReplyCode code : catalog.basicCodes()) {
      if (scope.has(code)) {
        targets.put(code.id(), Links.code("{tag}", code.code()));
      }
    }
    for (EnhancedCode code : catalog.enhancedCodes()) {
      if (!scope.has(code)) {
        continue;
      }
      for (int digit : code.classes()) {
        targets.put(code.in(digit), Links.enhanced("{tag}", code.in(digit)));
      }
      // X.1.1 stands for both forms: its page is the permanent form's, the one most readers meet.
      int general = code.classes().contains(5) ? 5 : code.classes().get(code.classes().size() - 1);
      targets.put(code.code(), Links.enhanced("{tag}", code.in(general)));
    }
  }

  /** {@code text} as HTML for the page at {@code page} in locale {@code tag}. */
  public String html(String text, String tag, String page) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    Matcher m = CODE.matcher(text);
    int from = 0;
    while (m.find()) {
      String target = targets.get(m.group());
      if (target == null) {
        continue;
      }
      target = target.replace("{tag}", tag);
      out.append(HTMLOutputFormat.INSTANCE.escapePlainText(text.substring(from, m.start())));
      if (target.equals(page)) {
        out.append(m.group());
      } else {
        out.append("<a href=\"").append(Links.between(page, target)).append("\">").append(m.group()).append("</a>");
      }
      from = m.end();
    }
    return out.append(HTMLOutputFormat.INSTANCE.escapePlainText(text.substring(from))).toString();
  }

  /** {@code text} as HTML for a template: FreeMarker writes it as it is, without escaping it again. */
  public TemplateHTMLOutputModel markup(String text, String tag, String page) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(html(text, tag, page));
    } catch (TemplateModelException e) {
      throw new IllegalStateException("HTML output cannot hold markup", e);
    }
  }
}

package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.GuideText;
import org.smtpreply.catalog.Guides;
import org.smtpreply.catalog.Localized;
import org.smtpreply.core.ReplyClass;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Links;

/** One page per reply class (2xx to 5xx) and locale: what the class means, and its codes. */
public final class ClassPageRenderer implements LocalePageRenderer {

  /**
   * What a class page shows.
   *
   * @param key         {@code 2xx} to {@code 5xx}
   * @param title       the class's title
   * @param summary     one or two sentences
   * @param body        its paragraphs
   * @param bounce      {@code none}, {@code soft} or {@code hard}
   * @param bounceLabel the bounce kind, in words
   * @param lang        the language of the text when a fallback, else empty
   * @param codes       the class's basic codes
   */
  public record ClassView(String key, String title, String summary, List<String> body, String bounce,
      String bounceLabel, String lang, List<CodeLink> codes) {}

  @Override
  public List<Page> pages(SiteContext site, SiteLocale locale) {
    List<Page> pages = new ArrayList<>();
    Catalog catalog = site.catalog();
    String tag = locale.tag();
    UiMessages ui = site.ui(tag);
    for (ReplyClass replyClass : ReplyClass.values()) {
      String key = replyClass.key();
      String path = Links.replyClass(tag, key);
      Localized<GuideText> guide = catalog.guide(Guides.of(replyClass), tag);
      String bounce = replyClass.bounce().id();
      List<CodeLink> codes = catalog.basicCodes().stream()
          .filter(c -> c.replyClass() == replyClass)
          .map(c -> Texts.link(catalog, tag, path, c))
          .toList();
      ClassView view = new ClassView(key, guide.value().title(), guide.value().summary(), guide.value().body(),
          bounce, ui.get("bounce." + bounce), Texts.mark(guide, tag), codes);
      PageMeta meta = site.meta(tag, path, guide.value().title() + " · " + ui.get("site.name"),
          guide.value().summary(), t -> Links.replyClass(t, key));
      pages.add(new Page(path, "class.ftlh", tag, meta, view));
    }
    return pages;
  }
}

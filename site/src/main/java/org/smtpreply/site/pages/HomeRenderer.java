package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.GuideText;
import org.smtpreply.catalog.Guides;
import org.smtpreply.catalog.Localized;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.core.ReplyClass;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Links;

/** Each locale's home page: the four reply classes and their codes, soft versus hard at a glance. */
public final class HomeRenderer implements LocalePageRenderer {

  /**
   * What a home page shows.
   *
   * @param intro  the introduction
   * @param guides links to the guides
   * @param groups the codes, grouped by class
   */
  public record HomeView(String intro, List<GuideLink> guides, List<ClassGroup> groups) {}

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
    for (ReplyClass replyClass : ReplyClass.values()) {
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
    pages.add(new Page(path, "home.ftlh", tag, meta, new HomeView(ui.get("home.intro"), guides, groups)));
    return pages;
  }
}

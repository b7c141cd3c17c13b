package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.smtpreply.catalog.GuideText;
import org.smtpreply.catalog.Guides;
import org.smtpreply.catalog.Localized;
import org.smtpreply.i18n.SiteLocale;

/** The guides: soft versus hard bounces, and how to read a reply. */
public final class GuideRenderer implements LocalePageRenderer {
  /** The guides that get a page of their own, in the order the home page lists them. */
  static final List<String> GUIDES = List.of(Guides.BOUNCES, Guides.READING);

  /**
   * What a guide page shows.
   *
   * @param title   its title
   * @param summary its summary
   * @param body    its paragraphs
   * @param lang    the language of the text when a fallback, else empty
   */
  public record GuideView(String title, String summary, List<String> body, String lang) {}

  /** The page of guide {@code id} in {@code tag}. */
  static String path(String tag, String id) {
    return tag + "/guides/" + id + "/index.html";
  }

  @Override
  public List<Page> pages(SiteContext site, SiteLocale locale) {
    List<Page> pages = new ArrayList<>();
    String tag = locale.tag();
    for (String id : GUIDES) {
      Localized<GuideText> guide = site.catalog().guide(id, tag);
      GuideText text = guide.value();
      String path = path(tag, id);
      PageMeta meta = site.meta(tag, path, text.title() + " · " + site.ui(tag).get("site.name"),
          text.summary(), t -> path(t, id));
      pages.add(new Page(path, "guide.ftlh", tag, meta,
          new GuideView(text.title(), text.summary(), text.body(), Texts.mark(guide, tag))));
    }
    return pages;
  }
}

package org.smtpreply.site.pages;

import java.util.List;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.site.internal.Links;

/** The site root: a language chooser, also the {@code x-default} alternate of every home page. */
public final class IndexRenderer implements PageRenderer {

  /**
   * What the chooser shows.
   *
   * @param choices each language with its own greeting
   */
  public record IndexView(List<Choice> choices) {}

  /**
   * One language to choose.
   *
   * @param tag     its tag
   * @param name    its own name
   * @param tagline the site's tagline in that language
   * @param href    the link to its home page
   */
  public record Choice(String tag, String name, String tagline, String href) {}

  @Override
  public List<Page> pages(SiteContext site) {
    String path = "index.html";
    String source = site.locales().get(0).tag();
    List<Choice> choices = site.locales().stream()
        .map((SiteLocale l) -> new Choice(l.tag(), l.name(), site.ui(l.tag()).get("site.tagline"),
            Links.between(path, Links.home(l.tag()))))
        .toList();
    PageMeta meta = site.meta(source, path, site.ui(source).get("site.name"),
        site.ui(source).get("site.tagline"), Links::home, path);
    return List.of(new Page(path, "index.ftlh", "", meta, new IndexView(choices)));
  }
}

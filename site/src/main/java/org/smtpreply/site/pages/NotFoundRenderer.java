package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.smtpreply.catalog.Guides;
import org.smtpreply.core.ReplyClass;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.site.internal.Links;

/**
 * The "page not found" page of each locale. A server shows it at any missing address, however
 * deep, so every link on it, its stylesheet's too, starts at the host: the base URL when one is
 * given, else {@code /} (which holds when the site is at the root of its host).
 */
public final class NotFoundRenderer implements PageRenderer {

  /**
   * What the page shows.
   *
   * @param classes links to the four class pages
   */
  public record NotFoundView(List<CodeLink> classes) {}

  @Override
  public List<Page> pages(SiteContext site) {
    List<Page> pages = new ArrayList<>();
    for (SiteLocale locale : site.locales()) {
      pages.add(page(site, locale.tag(), Links.notFound(locale.tag()), locale.tag()));
    }
    // Static hosts look for /404.html at the root: the source locale's page, from there.
    pages.add(page(site, site.locales().get(0).tag(), "404.html", ""));
    return pages;
  }

  /** The 404 page at {@code path} in {@code tag}; {@code counted} is the locale it counts under, "" for the root. */
  private static Page page(SiteContext site, String tag, String path, String counted) {
    List<CodeLink> classes = new ArrayList<>();
    for (ReplyClass replyClass : site.scope().repliesOnly() ? new ReplyClass[0] : ReplyClass.values()) {
      String key = replyClass.key();
      classes.add(new CodeLink(key, site.catalog().guide(Guides.of(replyClass), tag).value().title(),
          site.anywhere() + Links.replyClass(tag, key), false, ""));
    }
    return new Page(path, "404.ftlh", counted,
        site.metaAnywhere(tag, path, site.ui(tag).get("notfound.title") + " · " + site.ui(tag).get("site.name"),
            site.ui(tag).get("notfound.text"), Links::notFound),
        new NotFoundView(classes));
  }
}

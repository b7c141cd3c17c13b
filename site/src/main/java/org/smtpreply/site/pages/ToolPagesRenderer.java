package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Links;

/**
 * The pages that work in the reader's browser: the reply decoder and the search page. Both are
 * readable without JavaScript, which they need only to do their work. A site of a codebase's
 * replies alone has the search page only.
 */
public final class ToolPagesRenderer implements LocalePageRenderer {

  /**
   * What the decoder shows before the reader pastes anything.
   *
   * @param example    a two-line reply the reader can try
   * @param accepts    what else the decoder reads: a bounce email, log lines
   * @param bounceData the locale's data for the bounce reader, from the site's root
   */
  public record DecoderView(String example, String accepts, String bounceData) {}

  /** The search page has nothing of its own beyond its UI strings. */
  public record SearchView() {}

  /** A reply as a large provider sends it for an unknown recipient, in two lines. */
  static final String EXAMPLE = "550-5.1.1 The email account that you tried to reach does not exist.\n"
      + "550 5.1.1 Please check the recipient's address for typos.";

  @Override
  public List<Page> pages(SiteContext site, SiteLocale locale) {
    List<Page> pages = new ArrayList<>();
    String tag = locale.tag();
    UiMessages ui = site.ui(tag);
    String decoder = Links.decoder(tag);
    if (!site.scope().repliesOnly()) {
      // The decoder explains any reply, with links to every code: a site of a codebase's replies has no such pages.
      pages.add(new Page(decoder, "decoder.ftlh", tag,
          site.meta(tag, decoder, ui.get("decoder.title") + " · " + ui.get("site.name"),
              ui.get("decoder.description"), Links::decoder),
          new DecoderView(EXAMPLE, ui.get(BounceDataRenderer.BOUNCE_WORDS + "accepts"),
              BounceDataRenderer.path(tag))));
    }
    String search = Links.search(tag);
    pages.add(new Page(search, "search.ftlh", tag,
        site.meta(tag, search, ui.get("search.title") + " · " + ui.get("site.name"),
            ui.get("search.description"), Links::search),
        new SearchView()));
    return pages;
  }
}

package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smtpreply.catalog.GuideText;
import org.smtpreply.catalog.Guides;
import org.smtpreply.catalog.Localized;
import org.smtpreply.core.bounce.BouncePolicy;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;

/**
 * The guides: soft versus hard bounces, with the retry timeline of a soft bounce drawn from a
 * bounce policy, and how to read a reply, with the anatomy of one.
 */
public final class GuideRenderer implements LocalePageRenderer {
  /** The guides that get a page of their own, in the order the home page lists them. */
  static final List<String> GUIDES = List.of(Guides.BOUNCES, Guides.READING);

  private final BouncePolicy policy;

  /** The guides, with the timeline of {@link BouncePolicy#rfc5321()}. */
  public GuideRenderer() {
    this(BouncePolicy.rfc5321());
  }

  /** The guides, with the retry timeline of {@code policy}. */
  public GuideRenderer(BouncePolicy policy) {
    this.policy = Objects.requireNonNull(policy);
  }

  /**
   * What a guide page shows.
   *
   * @param title   its title
   * @param summary its summary
   * @param body    its paragraphs
   * @param lang    the language of the text when a fallback, else empty
   * @param figure  its picture, if it has one (the SVG, its text alternative, the paragraph it follows)
   */
  public record GuideView(String title, String summary, List<String> body, String lang, Figure figure) {}

  /** The page of guide {@code id} in {@code tag}. */
  static String path(String tag, String id) {
    return tag + "/guides/" + id + "/index.html";
  }

  @Override
  public List<Page> pages(SiteContext site, SiteLocale locale) {
    List<Page> pages = new ArrayList<>();
    String tag = locale.tag();
    UiMessages ui = site.ui(tag);
    for (String id : GUIDES) {
      Localized<GuideText> guide = site.catalog().guide(id, tag);
      GuideText text = guide.value();
      String path = path(tag, id);
      PageMeta meta = site.meta(tag, path, text.title() + " · " + ui.get("site.name"),
          text.summary(), t -> path(t, id));
      // The timeline follows the paragraph on queueing and retrying; the anatomy, the sample reply.
      Figure figure = switch (id) {
        case Guides.BOUNCES -> GuideFigures.retryTimeline(policy, ui, Math.min(1, text.body().size() - 1));
        case Guides.READING -> GuideFigures.anatomy(site.catalog(), ui, tag, 0);
        default -> null;
      };
      pages.add(new Page(path, "guide.ftlh", tag, meta,
          new GuideView(text.title(), text.summary(), text.body(), Texts.mark(guide, tag), figure)));
    }
    return pages;
  }
}

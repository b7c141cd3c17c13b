package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.GuideText;
import org.smtpreply.catalog.Guides;
import org.smtpreply.catalog.Localized;
import org.smtpreply.core.Subject;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.site.internal.Links;

/** Per locale, every enhanced status code grouped by subject, with the three classes explained. */
public final class EnhancedIndexRenderer implements LocalePageRenderer {

  /**
   * What the page shows.
   *
   * @param classes  the enhanced classes 2, 4 and 5
   * @param subjects the subjects, each with its codes
   */
  public record EnhancedIndexView(List<Section> classes, List<Section> subjects) {}

  /**
   * A class or a subject.
   *
   * @param id      {@code enhanced-5} or {@code subject-1}, also the anchor
   * @param title   its title
   * @param summary its summary
   * @param lang    the language of the text when a fallback, else empty
   * @param codes   its codes (empty for a class)
   */
  public record Section(String id, String title, String summary, String lang, List<Entry> codes) {}

  /**
   * One registry code with links to each of its class forms.
   *
   * @param code  {@code X.1.1}
   * @param title its title
   * @param lang  the language of the title when a fallback, else empty
   * @param forms its class forms
   */
  public record Entry(String code, String title, String lang, List<CodeLink> forms) {}

  /** The enhanced classes. */
  static final List<Integer> CLASSES = List.of(2, 4, 5);

  @Override
  public List<Page> pages(SiteContext site, SiteLocale locale) {
    List<Page> pages = new ArrayList<>();
    Catalog catalog = site.catalog();
    String tag = locale.tag();
    String path = Links.enhancedIndex(tag);
    List<Section> classes = new ArrayList<>();
    for (int digit : CLASSES) {
      classes.add(section(catalog, tag, Guides.ofEnhancedClass(digit), List.of()));
    }
    List<Section> subjects = new ArrayList<>();
    for (Subject subject : Subject.values()) {
      List<Entry> entries = catalog.enhancedCodes().stream()
          .filter(c -> c.subject() == subject.number())
          .map(c -> entry(catalog, tag, path, c))
          .toList();
      subjects.add(section(catalog, tag, Guides.of(subject), entries));
    }
    String title = site.ui(tag).get("enhanced.index");
    PageMeta meta = site.meta(tag, path, title + " · " + site.ui(tag).get("site.name"),
        site.ui(tag).get("enhanced.index.description"), Links::enhancedIndex);
    pages.add(new Page(path, "enhanced-index.ftlh", tag, meta, new EnhancedIndexView(classes, subjects)));
    return pages;
  }

  private static Section section(Catalog catalog, String tag, String id, List<Entry> codes) {
    Localized<GuideText> guide = catalog.guide(id, tag);
    return new Section(id, guide.value().title(), guide.value().summary(), Texts.mark(guide, tag), codes);
  }

  private static Entry entry(Catalog catalog, String tag, String page, EnhancedCode code) {
    Localized<EntryText> text = catalog.text(code, tag);
    List<CodeLink> forms = code.classes().stream()
        .map(digit -> Texts.link(catalog, tag, page, code, code.in(digit)))
        .toList();
    return new Entry(code.code(), text.value().title(), Texts.mark(text, tag), forms);
  }
}

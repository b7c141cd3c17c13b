package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.smtpreply.i18n.SiteLocale;

/** A page kind made language by language: the same pages in every published locale, in order. */
public interface LocalePageRenderer extends PageRenderer {

  /** The pages of this kind in {@code locale}, in a stable order. */
  List<Page> pages(SiteContext site, SiteLocale locale);

  @Override
  default List<Page> pages(SiteContext site) {
    List<Page> pages = new ArrayList<>();
    for (SiteLocale locale : site.locales()) {
      pages.addAll(pages(site, locale));
    }
    return pages;
  }
}

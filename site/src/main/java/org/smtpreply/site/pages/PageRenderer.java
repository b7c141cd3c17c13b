package org.smtpreply.site.pages;

import java.util.List;

/** Makes the pages of one kind. Renderers run in a fixed order, so output is deterministic. */
public interface PageRenderer {

  /** The pages of this kind, in a stable order. */
  List<Page> pages(SiteContext site);
}

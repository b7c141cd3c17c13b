package org.smtpreply.site;

import java.util.Optional;

/**
 * A site's own name and words, in place of the reference's, with no template to copy: shown in
 * every published language as given.
 *
 * @param title       the site's title, in the header and in every page title
 * @param projectName the documented project, named on the page of its replies ("Replies Acme MTA
 *                    emits")
 * @param footer      the footer's text
 */
public record SiteBranding(Optional<String> title, Optional<String> projectName, Optional<String> footer) {
  /** The reference's own title and footer; the replies page names "this codebase". */
  public static final SiteBranding NONE = new SiteBranding(Optional.empty(), Optional.empty(), Optional.empty());

  /** Blank texts count as not given. */
  public SiteBranding {
    title = title.map(String::strip).filter(t -> !t.isEmpty());
    projectName = projectName.map(String::strip).filter(t -> !t.isEmpty());
    footer = footer.map(String::strip).filter(t -> !t.isEmpty());
  }
}

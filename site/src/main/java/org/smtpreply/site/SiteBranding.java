package org.smtpreply.site;

import java.util.Optional;
import org.smtpreply.site.result.SiteException;

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

  /**
   * Blank texts count as not given; a text with a control character (a line break, a terminal
   * escape) or a bidirectional control, which would reorder the page around it, is refused.
   */
  public SiteBranding {
    title = checked("title", title);
    projectName = checked("project name", projectName);
    footer = checked("footer", footer);
  }

  private static Optional<String> checked(String what, Optional<String> text) {
    text.flatMap(t -> problem(what, t)).ifPresent(problem -> {
      throw new SiteException(problem);
    });
    return text.map(String::strip).filter(t -> !t.isEmpty());
  }

  /**
   * What is wrong with {@code text} as the site's {@code what} (title, project name, footer), or
   * empty: a control character (a line break, a terminal escape) or a bidirectional control.
   */
  public static Optional<String> problem(String what, String text) {
    return text.codePoints().filter(SiteBranding::refused).boxed().findFirst()
        .map(c -> "the site's " + what + " holds the control character U+" + String.format("%04X", c) + ", which would "
            + (Character.isISOControl(c) ? "break" : "reorder") + " the page around it; give it as plain text on one line");
  }

  private static boolean refused(int c) {
    return Character.isISOControl(c) || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
  }
}

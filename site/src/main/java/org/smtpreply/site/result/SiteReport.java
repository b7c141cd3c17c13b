package org.smtpreply.site.result;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a generation wrote.
 *
 * @param out          where the site was published
 * @param pagesByLocale HTML pages per locale tag (the language chooser is counted under "")
 * @param files        every file written
 * @param millis       wall time of the generation
 */
public record SiteReport(Path out, Map<String, Integer> pagesByLocale, int files, long millis) {

  /** One summary line for the console. */
  public String summary() {
    StringBuilder line = new StringBuilder("site: ");
    pagesByLocale.forEach((tag, n) -> {
      if (!tag.isEmpty()) {
        line.append(tag).append(' ').append(n).append(" pages, ");
      }
    });
    return line.append(files).append(" files in ").append(millis).append(" ms -> ").append(out).toString();
  }
}

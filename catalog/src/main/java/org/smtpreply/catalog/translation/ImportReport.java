package org.smtpreply.catalog.translation;

import java.util.List;

/**
 * What an import did.
 *
 * @param locale    the locale imported
 * @param changed   entries whose text changed
 * @param confirmed entries whose confirmation changed
 * @param skipped   one line per unit left alone because some of its segments are not confirmed
 * @param files     the files written, relative to the catalog folder
 */
public record ImportReport(String locale, int changed, int confirmed, List<String> skipped, List<String> files) {

  /** Copies the lists. */
  public ImportReport {
    skipped = List.copyOf(skipped);
    files = List.copyOf(files);
  }

  /** One line for the console. */
  public String summary() {
    return locale + ": " + changed + (changed == 1 ? " text" : " texts") + " changed, " + confirmed
        + " confirmed, " + skipped.size() + " skipped; "
        + (files.isEmpty() ? "no file changed" : "wrote " + String.join(", ", files));
  }
}

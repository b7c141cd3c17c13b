package org.smtpreply.site.pages;

/**
 * One page to write.
 *
 * @param path     where, from the site root ({@code es/550/index.html})
 * @param template the template that lays it out ({@code code.ftlh}), or null for a file whose
 *                 content is {@code view}, made without a template: a string, or UTF-8 bytes
 * @param locale   its locale tag, or empty for the language chooser
 * @param meta     what every page's layout needs
 * @param view     what this page kind shows
 */
public record Page(String path, String template, String locale, PageMeta meta, Object view) {

  /** A file written as it is, such as a script holding data. */
  public static Page file(String path, String locale, String content) {
    return new Page(path, null, locale, null, content);
  }

  /**
   * A file written as it is, already encoded as UTF-8: for a large export, which would
   * otherwise be decoded into a string only to be encoded again.
   */
  public static Page file(String path, String locale, byte[] content) {
    return new Page(path, null, locale, null, content);
  }

  /** Whether this is an HTML page a reader visits. */
  public boolean isHtml() {
    return path.endsWith(".html");
  }
}

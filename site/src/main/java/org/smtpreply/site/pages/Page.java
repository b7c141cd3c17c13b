package org.smtpreply.site.pages;

/**
 * One page to write.
 *
 * @param path     where, from the site root ({@code es/550/index.html})
 * @param template the template that lays it out ({@code code.ftlh})
 * @param locale   its locale tag, or empty for the language chooser
 * @param meta     what every page's layout needs
 * @param view     what this page kind shows
 */
public record Page(String path, String template, String locale, PageMeta meta, Object view) {}

package org.smtpreply.site.pages;

/**
 * A link to the same page in another language.
 *
 * @param tag     the locale tag ({@code es})
 * @param name    the language's own name ({@code Español})
 * @param href    the link, relative to the current page
 * @param current whether this is the current page's language
 */
public record LanguageLink(String tag, String name, String href, boolean current) {}

package org.smtpreply.site.pages;

/**
 * Catalog text with the language it is really written in.
 *
 * @param text the text
 * @param lang the language tag when it differs from the page's (a fallback), else empty
 */
public record TextBlock(String text, String lang) {}

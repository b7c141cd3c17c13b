package org.smtpreply.site.pages;

/**
 * A {@code <link rel="alternate" hreflang>} of a page.
 *
 * @param hreflang a locale tag, or {@code x-default}
 * @param href     absolute when the site's base URL is known, else relative to the page
 */
public record Alternate(String hreflang, String href) {}

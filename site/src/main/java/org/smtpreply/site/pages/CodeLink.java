package org.smtpreply.site.pages;

/**
 * A link to a code's page, as lists show it.
 *
 * @param code        the code as shown ({@code 550}, {@code 5.1.1})
 * @param title       its title in the page's language (or a fallback's)
 * @param href        the link, relative to the current page
 * @param nonStandard whether the code is non-standard
 * @param lang        the language the title is in, when it differs from the page's; else empty
 */
public record CodeLink(String code, String title, String href, boolean nonStandard, String lang) {}

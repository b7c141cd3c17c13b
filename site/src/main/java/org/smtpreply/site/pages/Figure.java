package org.smtpreply.site.pages;

/**
 * A picture of a guide page: its inline SVG and the text alternative that describes it, shown
 * under it as a figcaption.
 *
 * @param id      the picture's element id
 * @param svg     the SVG markup, every text in it escaped by {@link org.smtpreply.site.internal.Svg}
 * @param caption the text alternative, plain text (the template escapes it)
 * @param after   the index of the paragraph the picture follows
 */
public record Figure(String id, String svg, String caption, int after) {}

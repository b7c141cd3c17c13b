package org.smtpreply.site.pages;

/**
 * A link to an RFC.
 *
 * @param label such as {@code RFC 5321 §4.2.3}
 * @param href  its address at the RFC Editor
 */
public record Reference(String label, String href) {}

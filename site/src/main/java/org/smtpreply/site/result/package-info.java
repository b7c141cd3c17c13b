/**
 * What a generation of the site ends with: a {@link org.smtpreply.site.result.SiteReport} of what
 * it wrote, or a {@link org.smtpreply.site.result.SiteException} whose problems are one line each.
 * A leaf package, so that the generator, its pages and its internals all use it without a cycle.
 */
package org.smtpreply.site.result;

/**
 * The static reference site: {@link org.smtpreply.site.SiteGenerator} renders the catalog into
 * bilingual pages with FreeMarker and publishes them atomically.
 */
package org.smtpreply.site;

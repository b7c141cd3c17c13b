/**
 * Locale machinery shared by the catalog, the processor and the site: the supported
 * locales (read from data, not code), the fallback chain ({@code es-MX -> es -> en}), the UI
 * message bundles of the site and the house glossary that each translation is held to.
 */
package org.smtpreply.i18n;

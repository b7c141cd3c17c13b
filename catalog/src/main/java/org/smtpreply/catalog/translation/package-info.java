/**
 * Translation status and the translator round trip: which entries of a locale are translated,
 * missing or stale, field by field; export to XLIFF 2.0 (codes, addresses and protocol names
 * protected) and import back into a catalog folder, changing only the fields that changed;
 * confirmation of reviewed texts. Stale detection compares the source text of each field that a
 * translator confirmed (kept in {@code <tag>/confirmed.yaml}) with the current one; entries that
 * older catalogs confirmed with one fingerprint each ({@code <tag>/fingerprints.yaml}) are still
 * read, and moved by the next write.
 */
package org.smtpreply.catalog.translation;

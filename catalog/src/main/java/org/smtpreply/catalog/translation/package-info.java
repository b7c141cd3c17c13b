/**
 * Translation status and the translator round trip: which entries of a locale are translated,
 * missing or stale; export to XLIFF 2.0 and import back into a catalog folder; confirmation of
 * reviewed texts. Stale detection compares the fingerprint of the source text a translator
 * confirmed (kept in {@code <tag>/fingerprints.yaml}) with the current one.
 */
package org.smtpreply.catalog.translation;

/**
 * The translator round trip's file format: XLIFF 2.0 documents as records, a deterministic writer
 * and a safe reader. Which entries and fields become units is the catalog's business.
 */
package org.smtpreply.i18n.xliff;

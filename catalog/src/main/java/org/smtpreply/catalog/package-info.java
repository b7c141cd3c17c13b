/**
 * The catalog of SMTP reply codes and enhanced status codes: the immutable model, the
 * validating loader and the look-ups that the processor and the site share.
 *
 * <p>Start at {@link org.smtpreply.catalog.Catalog#builtIn()}.
 */
package org.smtpreply.catalog;

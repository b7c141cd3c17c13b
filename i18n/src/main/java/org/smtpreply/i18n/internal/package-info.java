/** Implementation of the i18n API: the XLIFF writer and reader. */
package org.smtpreply.i18n.internal;

/** The processor's implementation: its diagnostics, checks and code generators. Not API. */
package org.smtpreply.processor.internal;

/**
 * The Maven plugin: {@code publish} turns the replies a codebase declares with {@code @SmtpReply}
 * into bilingual docs in its own build; {@code track-inputs} recompiles when the processor's inputs
 * that javac does not see (the extra catalog, the {@code -A} options) change.
 */
package org.smtpreply.maven;

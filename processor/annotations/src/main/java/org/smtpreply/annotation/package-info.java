/**
 * {@link org.smtpreply.annotation.SmtpReply}, the annotation that marks where code emits an SMTP
 * reply. This artifact has no dependencies; the processor that checks the annotation goes on
 * {@code annotationProcessorPaths} only.
 */
package org.smtpreply.annotation;

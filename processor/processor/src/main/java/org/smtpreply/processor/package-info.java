/**
 * The annotation processor that checks every {@code @SmtpReply} against the catalog and
 * generates type-safe constants, the codebase's reply registry and its usage index. Users put it
 * on {@code annotationProcessorPaths}. Its options are listed on {@link
 * org.smtpreply.processor.SmtpReplyProcessor} and in the README.
 */
package org.smtpreply.processor;

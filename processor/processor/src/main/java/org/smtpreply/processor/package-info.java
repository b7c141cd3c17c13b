/**
 * The annotation processor that checks every {@code @SmtpReply} against the catalog and
 * generates type-safe constants. Users put it on {@code annotationProcessorPaths}.
 *
 * <p>Options (pass with {@code -A}):
 *
 * <ul>
 *   <li>{@code smtpreply.constantsPackage}: the package of the generated {@code ReplyCodes} and
 *       {@code EnhancedCodes} (default {@code org.smtpreply.codes}).
 *   <li>{@code smtpreply.unusualPairing}: {@code error}, {@code warning} (default) or {@code
 *       ignore}, for an enhanced code that the IANA registry does not associate with the basic code.
 * </ul>
 */
package org.smtpreply.processor;

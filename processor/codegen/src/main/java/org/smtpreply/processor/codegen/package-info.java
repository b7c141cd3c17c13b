/**
 * The generator of the constants of a catalog's codes, shared by the build of the annotations
 * artifact (the built-in catalog's {@code ReplyCodes} and {@code EnhancedCodes}, precompiled) and
 * the annotation processor (an organization's {@code ExtraReplyCodes}). Not API.
 */
package org.smtpreply.processor.codegen;

/**
 * Bounces as people hold them, read as text: what a mail-log line, a delivery status
 * notification's fields or a bounce's human-readable part says about each recipient
 * ({@link org.smtpreply.core.bounce.RecipientReport}), and when soft bounces add up to a hard
 * bounce ({@link org.smtpreply.core.bounce.BouncePolicy}). No MIME here: the bounce module reads
 * whole messages and hands their parts to these readers.
 */
package org.smtpreply.core.bounce;

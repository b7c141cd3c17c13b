/**
 * Bounces as people hold them: {@link org.smtpreply.bounce.BounceReader} reads bounce messages
 * (with Apache James mime4j), mbox files and mail-log lines, and diagnoses each failed recipient.
 */
package org.smtpreply.bounce;

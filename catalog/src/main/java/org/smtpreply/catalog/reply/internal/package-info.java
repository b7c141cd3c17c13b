/**
 * How replies are parsed: the hand-written scanner and the enhanced-code finder. Not an API; use
 * {@link org.smtpreply.catalog.reply.ReplyParser}.
 */
package org.smtpreply.catalog.reply.internal;

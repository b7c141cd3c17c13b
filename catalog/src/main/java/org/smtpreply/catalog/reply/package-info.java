/**
 * SMTP replies at run time: parse what servers, logs and bounce messages show
 * ({@link org.smtpreply.catalog.reply.ReplyParser}, {@link org.smtpreply.catalog.reply.ReplyReader}),
 * classify it ({@link org.smtpreply.catalog.reply.Reply#bounce()},
 * {@link org.smtpreply.catalog.reply.Subject}, {@link org.smtpreply.catalog.reply.BouncePolicy}),
 * explain it in any catalog locale ({@link org.smtpreply.catalog.reply.Explainer}) and write it back
 * ({@link org.smtpreply.catalog.reply.ReplyFormatter}).
 *
 * <pre>{@code
 * Reply reply = ReplyParser.parse("550 5.1.1 <bob@example.com>: Recipient address rejected");
 * reply.bounce();   // HARD
 * reply.subject();  // ADDRESSING
 * new Explainer(Catalog.builtIn()).explain(reply, languageTag).enhanced().get().title();
 * }</pre>
 */
package org.smtpreply.catalog.reply;

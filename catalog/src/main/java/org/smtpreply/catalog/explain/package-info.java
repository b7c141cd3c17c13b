/**
 * SMTP replies at run time: parse what servers, logs and bounce messages show
 * ({@link org.smtpreply.core.ReplyParser}, {@link org.smtpreply.core.ReplyReader}),
 * classify it ({@link org.smtpreply.core.Reply#bounce()},
 * {@link org.smtpreply.core.Subject}, {@link org.smtpreply.core.bounce.BouncePolicy}),
 * explain it in any catalog locale ({@link org.smtpreply.catalog.explain.Explainer}) and write it back
 * ({@link org.smtpreply.core.ReplyFormatter}).
 *
 * <pre>{@code
 * Reply reply = ReplyParser.parse("550 5.1.1 <bob@example.com>: Recipient address rejected");
 * reply.bounce();   // HARD
 * reply.subject();  // ADDRESSING
 * new Explainer(Catalog.builtIn()).explain(reply, languageTag).enhanced().get().title();
 * }</pre>
 */
package org.smtpreply.catalog.explain;

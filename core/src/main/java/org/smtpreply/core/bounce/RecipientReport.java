package org.smtpreply.core.bounce;

import java.util.Optional;
import java.util.OptionalInt;
import org.smtpreply.core.EnhancedStatus;
import org.smtpreply.core.Reply;

/**
 * What a bounce message, a mail log or a pasted line says about one recipient.
 *
 * @param recipient the recipient's address, when given
 * @param action    what the sending server did: failed or delayed for a bounce; delivered or
 *                  relayed when nothing failed
 * @param code      the remote server's basic reply code, when given
 * @param enhanced  the enhanced status code (a DSN's Status field, else the reply's)
 * @param text      what the remote server (or the sending server) said, without its codes; empty
 *                  when nothing was said
 * @param reply     the remote server's reply, when one was given and reads as a reply
 * @param remoteMta the remote server's host name, when given
 * @param gaveUp    whether the sending server stopped retrying a transient failure (its queue
 *                  lifetime ran out): the soft bounce turned hard
 * @param source    the format it was read from, such as {@code dsn}, {@code postfix-log}, {@code exim-text}
 */
public record RecipientReport(
    Optional<String> recipient,
    Action action,
    OptionalInt code,
    Optional<EnhancedStatus> enhanced,
    String text,
    Optional<Reply> reply,
    Optional<String> remoteMta,
    boolean gaveUp,
    String source) {

  /** The class digit (2, 3, 4 or 5) of the reply, from its code or else its enhanced code; 0 when neither is given. */
  public int classDigit() {
    return code.isPresent() ? code.getAsInt() / 100 : enhanced.map(EnhancedStatus::classDigit).orElse(0);
  }
}

package org.smtpreply.catalog.bounce;

import java.util.Optional;
import org.smtpreply.catalog.Provider;
import org.smtpreply.catalog.ProviderReply;
import org.smtpreply.catalog.Reason;

/**
 * Why a reply bounced, as far as the catalog can tell.
 *
 * @param reason   the reason
 * @param provider the provider whose servers wrote the reply, when it was recognised
 * @param match    the provider's documented reply it is, when one matched
 * @param basis    what decided the reason
 */
public record Classification(Reason reason, Optional<Provider> provider, Optional<ProviderReply> match, Basis basis) {

  /** What decided a reason, most specific first. */
  public enum Basis {
    /** A provider's documented reply. */
    PROVIDER_REPLY,
    /** The sending server gave up on a transient failure: the soft bounce turned hard. */
    GAVE_UP,
    /** An enhanced status code that decides the reason by itself. */
    ENHANCED_CODE,
    /** A phrase of the reply's text. */
    PHRASE,
    /** The basic reply code. */
    BASIC_CODE,
    /** The subject of its enhanced code (the 7 of 5.7.1). */
    SUBJECT,
    /** Only the class: a success, or a failure nothing else explains. */
    CLASS
  }
}

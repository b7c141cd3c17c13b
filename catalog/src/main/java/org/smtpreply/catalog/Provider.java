package org.smtpreply.catalog;

import java.util.List;

/**
 * A large mail provider or gateway whose own replies the catalog knows.
 *
 * @param id      its id, such as {@code gmail}
 * @param name    its name, as the provider writes it
 * @param source  the provider's own public page about its bounces
 * @param hosts   lowercase markers that name it in a reply, a Remote-MTA or a host name: domain
 *                names ({@code google.com}, matched on label boundaries) or a closing token
 *                ({@code gsmtp})
 * @param replies its replies
 */
public record Provider(String id, String name, String source, List<String> hosts, List<ProviderReply> replies) {

  /** Copies the lists; an absent list is empty. */
  public Provider {
    hosts = hosts == null ? List.of() : List.copyOf(hosts);
    replies = replies == null ? List.of() : List.copyOf(replies);
  }
}

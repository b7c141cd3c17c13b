package org.smtpreply.catalog;

import java.util.Optional;

/**
 * One reply a provider documents: what identifies it in a reply, why it happens, where the
 * provider documents it, and the reply as the provider sends it.
 *
 * @param id       its id, unique in the catalog, such as {@code gmail-5.1.1}
 * @param code     the basic reply code it carries, if the provider gives one
 * @param enhanced the enhanced code it carries ({@code 5.7.708}), if any
 * @param token    a vendor token that identifies it, matched as a whole word ({@code TSS04})
 * @param text     a phrase of the provider's own wording, matched regardless of case
 * @param reason   the reason id it stands for
 * @param source   the provider's page that documents it
 * @param example  the reply as the provider sends it
 */
public record ProviderReply(String id, Optional<Integer> code, Optional<String> enhanced, Optional<String> token,
    Optional<String> text, String reason, String source, String example) {

  /** An absent field is empty. */
  public ProviderReply {
    code = code == null ? Optional.empty() : code;
    enhanced = enhanced == null ? Optional.empty() : enhanced;
    token = token == null ? Optional.empty() : token.filter(t -> !t.isBlank());
    text = text == null ? Optional.empty() : text.filter(t -> !t.isBlank());
  }
}

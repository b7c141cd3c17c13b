package org.smtpreply.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * The texts of one catalog entry in one locale.
 *
 * @param title     a short title
 * @param summary   a plain-language explanation
 * @param causes    typical causes
 * @param sender    what the sender should do
 * @param admin     what the administrator of the replying server should do
 * @param retry     whether, when and how long to retry
 * @param transientForm for an enhanced code, what its 4.x.x form means
 * @param permanentForm for an enhanced code, what its 5.x.x form means
 * @param origin    for a non-standard basic code, where it comes from (who uses it, where it is listed)
 */
@JsonPropertyOrder({"title", "summary", "transient", "permanent", "causes", "sender", "admin", "retry", "origin"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record EntryText(
    String title,
    String summary,
    List<String> causes,
    String sender,
    String admin,
    String retry,
    @JsonProperty("transient") Optional<String> transientForm,
    @JsonProperty("permanent") Optional<String> permanentForm,
    Optional<String> origin) {

  /** Copies the list, so that the record is immutable; an absent list, form or origin is empty. */
  public EntryText {
    causes = causes == null ? List.of() : List.copyOf(causes);
    transientForm = transientForm == null ? Optional.empty() : transientForm.filter(s -> !s.isBlank());
    permanentForm = permanentForm == null ? Optional.empty() : permanentForm.filter(s -> !s.isBlank());
    origin = origin == null ? Optional.empty() : origin.filter(s -> !s.isBlank());
  }
}

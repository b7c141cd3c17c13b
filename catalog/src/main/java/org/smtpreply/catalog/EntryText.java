package org.smtpreply.catalog;

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
 */
public record EntryText(
    String title,
    String summary,
    List<String> causes,
    String sender,
    String admin,
    String retry,
    Optional<String> transientForm,
    Optional<String> permanentForm) {

  /** Copies the list, so that the record is immutable. */
  public EntryText {
    causes = List.copyOf(causes);
  }
}

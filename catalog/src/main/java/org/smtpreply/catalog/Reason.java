package org.smtpreply.catalog;

import java.util.List;

/**
 * Why a bounce happened, one of a fixed set ({@code mailbox-unknown}, {@code mailbox-full},
 * {@code blocked}, ...), with what decides it and the verdict on the address. The class digit of a
 * reply says whether this message may go through on a retry; the reason says whether the address
 * itself is dead.
 *
 * @param id              its id, such as {@code mailbox-full}
 * @param suppressAddress whether the address should leave mailing lists: true only when the
 *                        address itself no longer works (an unknown mailbox or domain, a disabled
 *                        account, a recipient who moved, a domain that accepts no mail)
 * @param acts            who must act: {@code sender}, {@code sender-admin}, {@code recipient},
 *                        {@code recipient-admin} or {@code none}
 * @param enhanced        enhanced codes in registry form ({@code X.2.2}) that decide this reason
 * @param phrases         lowercase phrases of real replies that point to it; of all reasons' phrases
 *                        found in a reply, the longest decides
 * @param basic           basic codes that suggest it when nothing else decides
 * @param subjects        subjects of enhanced codes (the 7 of {@code 5.7.x}) that suggest it when
 *                        neither the code, a phrase nor the basic code decides
 */
public record Reason(String id, boolean suppressAddress, String acts, List<String> enhanced,
    List<String> phrases, List<Integer> basic, List<Integer> subjects) {

  /** Copies the lists; an absent list is empty. */
  public Reason {
    enhanced = enhanced == null ? List.of() : List.copyOf(enhanced);
    phrases = phrases == null ? List.of() : List.copyOf(phrases);
    basic = basic == null ? List.of() : List.copyOf(basic);
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
  }
}

package org.smtpreply.catalog;

import java.util.List;
import org.smtpreply.core.BounceKind;
import org.smtpreply.core.ReplyClass;

/**
 * The facts about one basic reply code. Its class and bounce kind are derived from its first
 * digit, never stored.
 *
 * @param code       the three-digit code, 200 to 599
 * @param constant   the name of its generated Java constant
 * @param references where RFCs define it; empty for a non-standard code
 * @param nonStandard true when no RFC defines the code with this meaning; where it comes from is
 *                    then its texts' {@code origin}
 * @param commands   the SMTP commands that may return it
 * @param enhanced   enhanced status codes typically sent with it, such as {@code 5.1.1}
 * @param related    other basic codes worth reading next
 */
public record ReplyCode(
    int code,
    String constant,
    List<RfcReference> references,
    boolean nonStandard,
    List<String> commands,
    List<String> enhanced,
    List<Integer> related) {

  /** Copies the lists, so that the record is immutable; an absent list is empty. */
  public ReplyCode {
    references = references == null ? List.of() : List.copyOf(references);
    commands = commands == null ? List.of() : List.copyOf(commands);
    enhanced = enhanced == null ? List.of() : List.copyOf(enhanced);
    related = related == null ? List.of() : List.copyOf(related);
  }

  /** The class given by the first digit. */
  public ReplyClass replyClass() {
    return ReplyClass.of(code);
  }

  /** Soft for 4yz, hard for 5yz, none otherwise. */
  public BounceKind bounce() {
    return replyClass().bounce();
  }

  /** Whether an RFC defines this code with the meaning the catalog gives it. */
  public boolean isStandard() {
    return !nonStandard;
  }

  /** The code as text, the key of its texts. */
  public String id() {
    return Integer.toString(code);
  }
}

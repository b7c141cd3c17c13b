package org.smtpreply.catalog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The facts about one enhanced status code of the IANA registry, written with its class as
 * {@code X} ({@code X.1.1}): the same subject and detail mean the same thing in the transient
 * ({@code 4.1.1}) and the permanent ({@code 5.1.1}) form.
 *
 * @param code     {@code X.subject.detail}
 * @param constant the base name of its generated Java constants
 * @param rfcs     the RFCs that define it
 * @param basic    the basic codes the IANA registry associates with it; empty when not given
 * @param classes  the class digits it is used with, derived when the catalog is loaded: 2 alone
 *                 when every associated basic code is a 2yz success; otherwise 4 and 5 (RFC 3463
 *                 lets any failure detail be transient or permanent), with 2 as well for {@code
 *                 X.0.0} or when a 2yz code is associated; and any class a basic code sends it with
 */
public record EnhancedCode(String code, String constant, List<Integer> rfcs, List<Integer> basic,
    List<Integer> classes) {

  private static final Pattern WRITTEN = Pattern.compile("[245X]\\.[0-9]{1,3}\\.[0-9]{1,3}");

  /** Copies the lists, so that the record is immutable. */
  public EnhancedCode {
    rfcs = List.copyOf(rfcs);
    basic = List.copyOf(basic);
    classes = List.copyOf(classes);
  }

  /** The subject digit(s): 1 in {@code X.1.1}. */
  public int subject() {
    return Integer.parseInt(code.substring(2, code.indexOf('.', 2)));
  }

  /** The detail number: 1 in {@code X.1.1}. */
  public int detail() {
    return Integer.parseInt(code.substring(code.indexOf('.', 2) + 1));
  }

  /**
   * The registry form ({@code X.1.1}) of a code written {@code 5.1.1}, {@code 4.1.1} or {@code
   * X.1.1}; empty if it is not written class.subject.detail with class 2, 4, 5 or X.
   */
  public static Optional<String> registryForm(String code) {
    if (code == null || !WRITTEN.matcher(code).matches()) {
      return Optional.empty();
    }
    return Optional.of("X" + code.substring(1));
  }

  /** The code with a concrete class digit: {@code in(5)} of {@code X.1.1} is {@code 5.1.1}. */
  public String in(int classDigit) {
    return classDigit + code.substring(1);
  }
}

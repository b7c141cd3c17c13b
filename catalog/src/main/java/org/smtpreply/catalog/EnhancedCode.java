package org.smtpreply.catalog;

import java.util.List;
import java.util.Optional;
import org.smtpreply.core.EnhancedStatus;

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

  /** Copies the lists, so that the record is immutable; an absent list is empty. */
  public EnhancedCode {
    rfcs = rfcs == null ? List.of() : List.copyOf(rfcs);
    basic = basic == null ? List.of() : List.copyOf(basic);
    classes = classes == null ? List.of() : List.copyOf(classes);
  }

  /** This code with its derived {@code classes}. */
  public EnhancedCode withClasses(List<Integer> classes) {
    return new EnhancedCode(code, constant, rfcs, basic, classes);
  }

  /** The subject number: 1 in {@code X.1.1}. */
  public int subject() {
    return status(5).subject();
  }

  /** The detail number: 1 in {@code X.1.1}. */
  public int detail() {
    return status(5).detail();
  }

  /** The code in one class: {@code in(5)} of {@code X.1.1} is {@code 5.1.1}. */
  public String in(int classDigit) {
    return status(classDigit).toString();
  }

  /** The code in one class, as a value: {@code status(5)} of {@code X.1.1} is 5.1.1. */
  public EnhancedStatus status(int classDigit) {
    return EnhancedStatus.inClass(code, classDigit);
  }
}

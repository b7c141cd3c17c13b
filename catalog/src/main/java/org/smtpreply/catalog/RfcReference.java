package org.smtpreply.catalog;

/**
 * A place in an RFC.
 *
 * @param rfc     the RFC number
 * @param section the section, such as {@code 4.2.3}; empty when the whole RFC is meant
 */
public record RfcReference(int rfc, String section) {

  /** An absent section is the whole RFC. */
  public RfcReference {
    section = section == null ? "" : section;
  }

  /** A short label such as {@code RFC 5321 §4.2.3}. */
  public String label() {
    return section.isEmpty() ? "RFC " + rfc : "RFC " + rfc + " §" + section;
  }

  /** The RFC Editor address of this RFC, with the section anchor when there is one. */
  public String url() {
    String base = "https://www.rfc-editor.org/rfc/rfc" + rfc + ".html";
    return section.isEmpty() ? base : base + "#section-" + section;
  }
}

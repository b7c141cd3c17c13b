package org.smtpreply.catalog.translation;

import java.util.List;

/** The kinds of translatable catalog entries, each kept in a file of its own per locale. */
public enum EntryKind {
  /** Basic reply codes: {@code <tag>/basic.yaml}. */
  BASIC("basic", List.of("title", "summary", "causes", "sender", "admin", "retry", "origin")),
  /** Enhanced status codes: {@code <tag>/enhanced.yaml}. */
  ENHANCED("enhanced", List.of("title", "summary", "transient", "permanent", "causes", "sender", "admin", "retry")),
  /** Guides and class descriptions: {@code <tag>/guides.yaml}. */
  GUIDE("guides", List.of("title", "summary", "body")),
  /** Bounce reasons: {@code <tag>/reasons.yaml}. */
  REASON("reasons", List.of("title", "summary", "action")),
  /** Providers and their replies: {@code <tag>/providers.yaml}. */
  PROVIDER("providers", List.of("title", "summary", "action"));

  private final String prefix;
  private final List<String> fields;

  EntryKind(String prefix, List<String> fields) {
    this.prefix = prefix;
    this.fields = fields;
  }

  /** The file name stem and unit id prefix: {@code basic}, {@code enhanced}, {@code guides}. */
  public String prefix() {
    return prefix;
  }

  /** The file of this kind in locale {@code tag}, relative to the catalog folder. */
  public String file(String tag) {
    return tag + "/" + prefix + ".yaml";
  }

  /** The fields of an entry of this kind, in the order files and exports list them. */
  public List<String> fields() {
    return fields;
  }

  /** Whether {@code field} is a list of texts (causes, paragraphs) rather than one text. */
  public static boolean isList(String field) {
    return field.equals("causes") || field.equals("body");
  }
}

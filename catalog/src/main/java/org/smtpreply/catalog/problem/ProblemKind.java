package org.smtpreply.catalog.problem;

/**
 * Every kind of catalog problem, each with a stable id that tests and tools may rely on while the
 * wording of the message changes. The message itself is written where the problem is found.
 */
public enum ProblemKind {
  /** A file the catalog needs is missing, or cannot be read. */
  FILE_UNREADABLE("CatalogFileUnreadable"),
  /** The YAML does not parse. */
  YAML_SYNTAX("CatalogYamlSyntax"),
  /** A YAML anchor or alias; catalog files write every value out. */
  YAML_ALIAS("CatalogYamlAlias"),
  /** A file or a line larger than the loader reads (see the README's "Limits"). */
  TOO_LARGE("CatalogTooLarge"),
  /** More than one YAML document in a file. */
  YAML_DOCUMENTS("CatalogYamlDocuments"),
  /** A key written twice in one map. */
  DUPLICATE_KEY("CatalogDuplicateKey"),
  /** A field the file's shape does not have. */
  UNKNOWN_FIELD("CatalogUnknownField"),
  /** A field the file's shape requires is missing or empty. */
  MISSING_FIELD("CatalogMissingField"),
  /** A field holds the wrong kind of value (text for a number, a list for text). */
  WRONG_TYPE("CatalogWrongType"),
  /** A field's value breaks its rule: the code's range, the constant's form, a code's shape. */
  BAD_VALUE("CatalogBadValue"),
  /** A code, constant or key defined twice. */
  DUPLICATE("CatalogDuplicate"),
  /** A reference to a code, guide or entry the catalog does not have. */
  UNKNOWN_REFERENCE("CatalogUnknownReference"),
  /** An SMTP rule broken: class agreement, an enhanced code on a 3yz reply. */
  SMTP_RULE("CatalogSmtpRule"),
  /** A code with neither an RFC reference nor an origin. */
  NO_SOURCE("CatalogNoSource"),
  /** A text a complete locale must have is missing. */
  MISSING_TEXT("CatalogMissingText"),
  /** A text for something that does not exist, or in a place it does not belong. */
  STRAY_TEXT("CatalogStrayText"),
  /** An extra catalog tries to redefine a built-in code. */
  REDEFINED("CatalogRedefined"),
  /** A fingerprint file that the tools did not write. */
  BAD_FINGERPRINT("CatalogBadFingerprint");

  private final String id;

  ProblemKind(String id) {
    this.id = id;
  }

  /** The stable id, such as {@code CatalogDuplicate}. */
  public String id() {
    return id;
  }
}

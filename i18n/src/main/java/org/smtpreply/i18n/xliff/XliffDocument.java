package org.smtpreply.i18n.xliff;

import java.util.List;
import java.util.Objects;

/**
 * An XLIFF 2 document with one file of units.
 *
 * @param srcLang the source locale's tag
 * @param trgLang the target locale's tag
 * @param fileId  the id of its {@code <file>}
 * @param units   the units, in order
 */
public record XliffDocument(String srcLang, String trgLang, String fileId, List<XliffUnit> units) {

  /** Copies the list. */
  public XliffDocument {
    Objects.requireNonNull(srcLang, "srcLang");
    Objects.requireNonNull(trgLang, "trgLang");
    Objects.requireNonNull(fileId, "fileId");
    units = List.copyOf(units);
  }
}

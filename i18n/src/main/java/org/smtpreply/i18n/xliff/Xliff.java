package org.smtpreply.i18n.xliff;

import java.nio.file.Path;
import org.smtpreply.i18n.I18nException;

/**
 * Reads and writes XLIFF 2.0 documents (OASIS, {@code urn:oasis:names:tc:xliff:document:2.0}),
 * the exchange format of computer-assisted translation tools.
 */
public final class Xliff {
  /** The XLIFF 2 namespace. */
  public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";

  private Xliff() {}

  /** The document as UTF-8 XML text: deterministic, one element per line, indented. */
  public static String write(XliffDocument document) {
    return new XliffWriter().write(document);
  }

  /**
   * Reads {@code file}. Parsing is safe against hostile files: a DOCTYPE, and with it every
   * external entity, is refused. Throws {@link I18nException} with one line naming the file, the
   * line and column, and what is wrong.
   */
  public static XliffDocument read(Path file) {
    return new XliffReader(file).read();
  }
}

package org.smtpreply.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.smtpreply.i18n.I18nException;
import picocli.CommandLine.Option;

/** The {@code --catalog-dir} of the translation commands, which read and write a catalog folder. */
final class CatalogFolder {
  @Option(names = "--catalog-dir", defaultValue = "catalog/data",
      description = "The catalog folder (default: ${DEFAULT-VALUE}, from the project's root folder).")
  Path dir;

  /** The folder, which must exist. */
  Path root() {
    if (!Files.isDirectory(dir)) {
      throw new I18nException(dir + ": no such catalog folder; run from the project's root folder or give --catalog-dir");
    }
    return dir;
  }
}

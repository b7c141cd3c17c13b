package org.smtpreply.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.smtpreply.catalog.translation.TranslationFiles;
import org.smtpreply.i18n.I18nException;
import picocli.CommandLine.Option;

/**
 * The files the translation commands read and write: a catalog folder ({@code --catalog-dir}),
 * extra catalog files ({@code --catalog}), or both. With extra files and no folder, the commands
 * work on the extra files' entries only, over the built-in catalog.
 */
final class CatalogFolder {
  /** The folder used when neither option is given, from the project's root folder. */
  static final Path DEFAULT = Path.of("catalog/data");

  @Option(names = "--catalog-dir",
      description = "The catalog folder (default: catalog/data, from the project's root folder, unless --catalog is given alone).")
  Path dir;

  @Option(names = "--catalog", description = "An extra catalog file with your organization's own codes (repeatable);"
      + " alone, the command works on its entries only.")
  List<Path> extras = List.of();

  /** The files to work on; a folder given (or the default one) must exist. */
  TranslationFiles files() {
    Path folder = dir != null ? dir : extras.isEmpty() ? DEFAULT : null;
    if (folder != null && !Files.isDirectory(folder)) {
      throw new I18nException(folder + ": no such catalog folder; run from the project's root folder, give --catalog-dir,"
          + " or give your extra catalog with --catalog");
    }
    return new TranslationFiles(Optional.ofNullable(folder), extras);
  }
}

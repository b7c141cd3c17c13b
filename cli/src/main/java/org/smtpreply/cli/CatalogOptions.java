package org.smtpreply.cli;

import java.nio.file.Path;
import java.util.List;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogLoader;
import picocli.CommandLine.Option;

/** Which catalog a command reads: the built-in one, a catalog folder, and extra catalog files. */
final class CatalogOptions {
  @Option(names = "--catalog-dir", description = "Load the catalog from this folder (laid out like catalog/data) instead of the built-in one.")
  Path catalogDir;

  @Option(names = "--catalog", description = "An extra catalog file with your organization's own codes (repeatable).")
  List<Path> extraCatalogs = List.of();

  /** The catalog, loaded afresh. */
  Catalog catalog() {
    if (catalogDir != null) {
      return CatalogLoader.directory(catalogDir).withExtras(extraCatalogs).load();
    }
    return extraCatalogs.isEmpty() ? Catalog.builtIn() : CatalogLoader.builtIn().withExtras(extraCatalogs).load();
  }
}

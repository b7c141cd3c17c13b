package org.smtpreply.cli;

import java.nio.file.Path;
import java.util.List;
import org.smtpreply.catalog.Catalog;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that say where the site's content comes from, shared by generate and serve. */
final class SiteSource {
  @Option(names = "--locales", split = ",", description = "Locales to publish (default: all).")
  List<String> locales = List.of();

  @Option(names = "--base-url", description = "Absolute address the site is served at, for canonical links and the sitemap.")
  String baseUrl;

  @Mixin CatalogOptions catalogOptions;

  @Option(names = "--templates", description = "Folder of templates that take precedence over the built-in ones.")
  Path templates;

  @Option(names = "--usages", description = "A usage index (META-INF/smtp-reply/usages.json) written by the processor: adds the page of the replies it lists.")
  Path usages;

  /** The catalog, loaded afresh. */
  Catalog catalog() {
    return catalogOptions.catalog();
  }

  /** The catalog folder given, or null for the built-in catalog. */
  Path catalogDir() {
    return catalogOptions.catalogDir;
  }
}

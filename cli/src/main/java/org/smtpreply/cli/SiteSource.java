package org.smtpreply.cli;

import java.nio.file.Path;
import java.util.List;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.site.SiteOptions;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that say where the site's content comes from, shared by generate and serve. */
final class SiteSource {
  @Option(names = "--locales", split = ",", description = "Locales to publish (default: all).")
  List<String> locales = List.of();

  @Option(names = "--base-url", converter = BaseUrl.class,
      description = "Absolute http or https address the site is served at, for canonical links and the sitemap.")
  String baseUrl;

  @Mixin CatalogOptions catalogOptions;

  @Option(names = "--templates", description = "Folder of templates that take precedence over the built-in ones.")
  Path templates;

  @Option(names = "--usages", description = "A usage index (META-INF/smtp-reply/usages.json) written by the processor: adds the page of the replies it lists.")
  Path usages;

  /** Refuses a {@code --base-url} that is not an absolute http or https URL, as a bad option. */
  static final class BaseUrl implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      SiteOptions.baseUrlProblem(value).ifPresent(problem -> {
        throw new CommandLine.TypeConversionException(problem);
      });
      return value;
    }
  }

  /** The catalog, loaded afresh. */
  Catalog catalog() {
    return catalogOptions.catalog();
  }

  /** The catalog folder given, or null for the built-in catalog. */
  Path catalogDir() {
    return catalogOptions.catalogDir;
  }
}

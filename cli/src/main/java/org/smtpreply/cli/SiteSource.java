package org.smtpreply.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.site.SiteBranding;
import org.smtpreply.site.SiteMode;
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

  /** Refuses branding text with a control character, as a bad option. */
  private abstract static class Branding implements CommandLine.ITypeConverter<String> {
    private final String what;

    Branding(String what) {
      this.what = what;
    }

    @Override
    public String convert(String value) {
      SiteBranding.problem(what, value).ifPresent(problem -> {
        throw new CommandLine.TypeConversionException(problem);
      });
      return value;
    }
  }

  /** The --title option's check. */
  static final class Title extends Branding {
    Title() {
      super("title");
    }
  }

  /** The --project-name option's check. */
  static final class ProjectName extends Branding {
    ProjectName() {
      super("project name");
    }
  }

  /** The --footer option's check. */
  static final class Footer extends Branding {
    Footer() {
      super("footer");
    }
  }

  @Option(names = "--replies-only", description = "Publish only the replies of the --usages index, as the home page,"
      + " and the pages of the codes they use, instead of the whole reference.")
  boolean repliesOnly;

  @Option(names = "--title", converter = SiteSource.Title.class, description = "The site's title, instead of the reference's (every language).")
  String title;

  @Option(names = "--project-name", converter = SiteSource.ProjectName.class, description = "The name of the codebase whose replies are published, on their page.")
  String projectName;

  @Option(names = "--footer", converter = SiteSource.Footer.class, description = "The footer's text, instead of the reference's (every language).")
  String footer;

  /** The branding options. */
  SiteBranding branding() {
    return new SiteBranding(Optional.ofNullable(title), Optional.ofNullable(projectName), Optional.ofNullable(footer));
  }

  /** What the site publishes; the replies alone need a usage index. */
  SiteMode mode() {
    if (repliesOnly && usages == null) {
      throw new ExitCodes.UsageException("--replies-only publishes the replies of a usage index; give it with --usages");
    }
    return repliesOnly ? SiteMode.REPLIES : SiteMode.REFERENCE;
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

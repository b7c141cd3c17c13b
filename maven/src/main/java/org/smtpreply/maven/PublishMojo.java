package org.smtpreply.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogException;
import org.smtpreply.catalog.CatalogLoader;
import org.smtpreply.site.SiteBranding;
import org.smtpreply.site.SiteGenerator;
import org.smtpreply.site.SiteMode;
import org.smtpreply.site.SiteOptions;
import org.smtpreply.site.TranslationGate;
import org.smtpreply.site.result.SiteException;
import org.smtpreply.site.result.SiteReport;

/**
 * Publishes the replies this codebase emits as bilingual docs: the usage index the processor wrote
 * at compile time and the project's own catalog, as the whole reference with a page of the
 * codebase's replies, or ({@code repliesOnly}) as a small site of those replies and the pages of the
 * codes they use. The folder is replaced whole, and only when the site is complete.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class PublishMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The usage index the processor wrote. */
  @Parameter(property = "smtpreply.usages",
      defaultValue = "${project.build.outputDirectory}/META-INF/smtp-reply/usages.json", required = true)
  private File usages;

  /**
   * The project's own catalog files; by default those the processor reads
   * ({@code -Asmtpreply.catalog} in maven-compiler-plugin's {@code compilerArgs}).
   */
  @Parameter
  private List<File> catalogs;

  /** The folder the site is published to, replaced whole. */
  @Parameter(property = "smtpreply.outputDirectory", defaultValue = "${project.build.directory}/smtp-reply-site",
      required = true)
  private File outputDirectory;

  /** Publish only the codebase's replies and the pages of their codes, instead of the whole reference. */
  @Parameter(property = "smtpreply.repliesOnly", defaultValue = "false")
  private boolean repliesOnly;

  /** The site's title, in every language (default: the reference's). */
  @Parameter(property = "smtpreply.title")
  private String title;

  /** The name of the codebase, on the page of its replies. */
  @Parameter(property = "smtpreply.projectName", defaultValue = "${project.name}")
  private String projectName;

  /** The footer's text, in every language (default: the reference's). */
  @Parameter(property = "smtpreply.footer")
  private String footer;

  /**
   * The absolute address the site is served at, for canonical links and the sitemap; by default
   * the processor's {@code -Asmtpreply.siteUrl}, which its constants link to.
   */
  @Parameter(property = "smtpreply.baseUrl")
  private String baseUrl;

  /** The locales to publish, such as {@code en}; empty for every locale. */
  @Parameter(property = "smtpreply.locales")
  private List<String> locales;

  /** Fail, publishing nothing, when a published locale has a missing or stale text. */
  @Parameter(property = "smtpreply.strict", defaultValue = "false")
  private boolean strict;

  /** A folder of templates that take precedence over the built-in ones. */
  @Parameter(property = "smtpreply.templates")
  private File templates;

  /** Skip the goal. */
  @Parameter(property = "smtpreply.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("smtp-reply: publish skipped");
      return;
    }
    if (!usages.isFile()) {
      throw new MojoFailureException("smtp-reply: no usage index at " + usages + "; it is written when the project"
          + " compiles with smtp-reply-processor on maven-compiler-plugin's annotationProcessorPaths: run this goal"
          + " after compile (its default phase is package)");
    }
    ProcessorInputs inputs = ProcessorInputs.of(project);
    Catalog catalog = catalog(inputs);
    SiteOptions options;
    try {
      options = options(inputs);
    } catch (SiteException e) {
      // A bad option (a base URL that is not http or https, a control character in the branding):
      // the user's mistake, said in one line; no Java exception behind it to show.
      throw new MojoFailureException("smtp-reply: " + e.getMessage());
    }
    TranslationGate gate = TranslationGate.check(catalog, options.locales(), strict);
    gate.complete().forEach(s -> getLog().info("smtp-reply: translations: " + s));
    gate.incomplete().forEach(s -> {
      if (strict) {
        getLog().error("smtp-reply: translations: " + s);
      } else {
        getLog().warn("smtp-reply: translations: " + s);
      }
    });
    gate.problems().forEach(p -> getLog().error(p));
    if (!gate.passes()) {
      throw new MojoFailureException("smtp-reply: strict: nothing was published; write or confirm the texts named"
          + " above (an extra catalog's own texts in its file), or publish only the complete locales with <locales>");
    }
    try {
      SiteReport report = new SiteGenerator(catalog).generate(options);
      getLog().info("smtp-reply: " + report.summary());
    } catch (SiteException e) {
      throw new MojoFailureException("smtp-reply: " + e.getMessage(), e);
    }
  }

  private Catalog catalog(ProcessorInputs inputs) throws MojoFailureException {
    List<Path> files = catalogs == null || catalogs.isEmpty()
        ? inputs.catalogs(project.getBasedir().toPath()) : catalogs.stream().map(File::toPath).toList();
    try {
      return files.isEmpty() ? Catalog.builtIn() : CatalogLoader.builtIn().withExtras(files).load();
    } catch (CatalogException e) {
      e.problems().forEach(p -> getLog().error(p));
      throw new MojoFailureException("smtp-reply: the catalog could not be loaded (" + e.problems().size()
          + " problem(s) above); fix the extra catalog file and build again", e);
    }
  }

  private SiteOptions options(ProcessorInputs inputs) {
    Optional<String> url = Optional.ofNullable(baseUrl).map(String::strip).filter(s -> !s.isEmpty())
        .or(inputs::siteUrl);
    return new SiteOptions(outputDirectory.toPath(), locales == null ? List.of() : locales, url,
        Optional.ofNullable(templates).map(File::toPath), Optional.of(usages.toPath()),
        new SiteBranding(Optional.ofNullable(title), Optional.ofNullable(projectName), Optional.ofNullable(footer)),
        repliesOnly ? SiteMode.REPLIES : SiteMode.REFERENCE);
  }
}

package org.smtpreply.processor.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.smtpreply.processor.codegen.ConstantsGenerator;

/**
 * The processor's {@code -A} options, read once and checked: a bad value is reported as
 * {@code [SmtpReplyOption]} and replaced by the default, so one typo gives one error.
 */
public final class ProcessorOptions {
  /** The package of the generated {@code ExtraReplyCodes}, an organization's own codes. */
  public static final String CONSTANTS_PACKAGE = "smtpreply.constantsPackage";
  /** The package of the generated reply registry. */
  public static final String REGISTRY_PACKAGE = "smtpreply.registryPackage";
  /** Extra catalog files, separated by commas. */
  public static final String CATALOG = "smtpreply.catalog";
  /** Where the organization publishes its reply docs; {@code ExtraReplyCodes} links to its pages. */
  public static final String SITE_URL = "smtpreply.siteUrl";

  private final Optional<String> constantsPackage;
  private final Optional<String> registryPackage;
  private final List<Path> catalogFiles;
  private final Optional<String> pages;

  /** Reads {@code options}, reporting bad values to {@code reporter}. */
  public ProcessorOptions(Map<String, String> options, ErrorReporter reporter) {
    reporter.checkOptions();
    this.constantsPackage = packageOption(options, CONSTANTS_PACKAGE, reporter);
    this.registryPackage = packageOption(options, REGISTRY_PACKAGE, reporter);
    List<Path> files = new ArrayList<>();
    String catalog = options.get(CATALOG);
    if (catalog != null) {
      for (String part : catalog.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          files.add(Path.of(part.strip()));
        } catch (InvalidPathException e) {
          reporter.reportGlobal(Diagnostic.OPTION, CATALOG, catalog, "'" + part.strip() + "' is not a file path");
        }
      }
    }
    this.catalogFiles = List.copyOf(files);
    Optional<String> address = Optional.empty();
    String site = options.get(SITE_URL);
    if (site != null) {
      try {
        address = Optional.of(ConstantsGenerator.pagesAddress(site, "en"));
      } catch (IllegalArgumentException e) {
        reporter.reportGlobal(Diagnostic.OPTION, SITE_URL, site, e.getMessage());
      }
    }
    this.pages = address;
  }

  /** Every option the processor reads, the severity options of the soft rules included. */
  public static Set<String> names() {
    Set<String> names = new LinkedHashSet<>(List.of(CONSTANTS_PACKAGE, REGISTRY_PACKAGE, CATALOG, SITE_URL));
    for (Diagnostic d : Diagnostic.values()) {
      if (d.option() != null) {
        names.add(d.option());
      }
    }
    return names;
  }

  /** The package of the organization's constants, if the user chose one. */
  public Optional<String> constantsPackage() {
    return constantsPackage;
  }

  /** The address of the organization's pages in the source locale, if given. */
  public Optional<String> pages() {
    return pages;
  }

  /** The package of the registry, if the user chose one. */
  public Optional<String> registryPackage() {
    return registryPackage;
  }

  /** The extra catalog files, in the order given. */
  public List<Path> catalogFiles() {
    return catalogFiles;
  }

  private static Optional<String> packageOption(Map<String, String> options, String name, ErrorReporter reporter) {
    String value = options.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!SourceVersion.isName(value.strip())) {
      reporter.reportGlobal(Diagnostic.OPTION, name, value, "give a Java package name such as com.example.mail");
      return Optional.empty();
    }
    return Optional.of(value.strip());
  }
}

package org.smtpreply.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smtpreply.site.result.SiteException;

/**
 * What to generate and where.
 *
 * @param out       the folder the site is published to; replaced as a whole
 * @param locales   the locale tags to publish; empty for every locale of the catalog
 * @param baseUrl   the absolute address the site is served at, for canonical links and the
 *                  sitemap; empty when unknown (links stay relative)
 * @param templates a folder of templates that take precedence over the built-in ones, for
 *                  authors editing them; empty to use the built-in templates only
 * @param usages    a usage index written by the annotation processor, published as the page
 *                  "replies this codebase emits"; empty for no such page
 * @param branding  the site's own title, project name and footer
 * @param mode      the whole reference, or only the codebase's replies and their codes' pages
 */
public record SiteOptions(Path out, List<String> locales, Optional<String> baseUrl, Optional<Path> templates,
    Optional<Path> usages, SiteBranding branding, SiteMode mode) {

  /** Copies the list; refuses a base address that is not an absolute http or https URL. */
  public SiteOptions {
    locales = List.copyOf(locales);
    baseUrl.flatMap(SiteOptions::baseUrlProblem).ifPresent(problem -> {
      throw new SiteException(problem);
    });
    baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
  }

  /**
   * What is wrong with {@code url} as the address a site is served at, or empty when it is an
   * absolute http or https URL with a host and neither query nor fragment: it goes into every
   * canonical link, the sitemap and the 404 page's links and assets, where {@code javascript:} or a
   * relative address would do harm or break links.
   */
  public static Optional<String> baseUrlProblem(String url) {
    String problem = "'" + url + "' is not an absolute http or https URL; give one such as https://smtp.example.org/docs/";
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of(problem);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.isOpaque()) {
      return Optional.of(problem);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      return Optional.of("'" + url + "' has a query, a fragment or a user name; give the site's address alone,"
          + " such as https://smtp.example.org/docs/");
    }
    return Optional.empty();
  }

  /** The whole reference with the reference's own branding. */
  public SiteOptions(Path out, List<String> locales, Optional<String> baseUrl, Optional<Path> templates,
      Optional<Path> usages) {
    this(out, locales, baseUrl, templates, usages, SiteBranding.NONE, SiteMode.REFERENCE);
  }

  /** The options with the built-in templates and no usage index. */
  public SiteOptions(Path out, List<String> locales, Optional<String> baseUrl) {
    this(out, locales, baseUrl, Optional.empty(), Optional.empty());
  }

  /** These options, publishing the usage index {@code file} too. */
  public SiteOptions withUsages(Path file) {
    return new SiteOptions(out, locales, baseUrl, templates, Optional.of(file), branding, mode);
  }

  /** These options with the site's own {@code branding}. */
  public SiteOptions with(SiteBranding branding) {
    return new SiteOptions(out, locales, baseUrl, templates, usages, branding, mode);
  }

  /** These options publishing {@code mode}. */
  public SiteOptions with(SiteMode mode) {
    return new SiteOptions(out, locales, baseUrl, templates, usages, branding, mode);
  }

  /** Every locale, no base address. */
  public static SiteOptions to(Path out) {
    return new SiteOptions(out, List.of(), Optional.empty());
  }
}

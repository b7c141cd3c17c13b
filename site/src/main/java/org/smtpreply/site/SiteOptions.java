package org.smtpreply.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to generate and where.
 *
 * @param out     the folder the site is published to; replaced as a whole
 * @param locales the locale tags to publish; empty for every locale of the catalog
 * @param baseUrl the absolute address the site is served at, for canonical links and the
 *                sitemap; empty when unknown (links stay relative)
 * @param templates a folder of templates that take precedence over the built-in ones, for
 *                  authors editing them; empty to use the built-in templates only
 */
public record SiteOptions(Path out, List<String> locales, Optional<String> baseUrl, Optional<Path> templates) {

  /** Copies the list. */
  public SiteOptions {
    locales = List.copyOf(locales);
    baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
  }

  /** Every locale, no base address. */
  public static SiteOptions to(Path out) {
    return new SiteOptions(out, List.of(), Optional.empty(), Optional.empty());
  }
}

package org.smtpreply.cli.check;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Validates a site's pages as HTML. The Nu Html Checker that does it is 30 MB, so it is not in the
 * command-line jar: the {@code smtp-reply-check} artifact provides it as a service.
 */
public interface HtmlValidation {
  /** The errors of every page, as {@code page:line.column: error: message}. */
  List<String> errors(SiteFiles site);

  /** The validation on the classpath, if the {@code smtp-reply-check} artifact is there. */
  static Optional<HtmlValidation> available() {
    return ServiceLoader.load(HtmlValidation.class, HtmlValidation.class.getClassLoader()).findFirst();
  }
}

package org.smtpreply.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.smtpreply.cli.check.HtmlValidation;
import org.smtpreply.cli.check.SiteFiles;
import org.xml.sax.SAXException;

/** Validates pages with the Nu Html Checker, in-process and offline. */
public final class HtmlValidator implements HtmlValidation {
  private final EmbeddedValidator validator = new EmbeddedValidator();

  /** A validator that reports errors and warnings one per line. */
  public HtmlValidator() {
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
  }

  /** The checker's errors for every page, as {@code page:line.column: error: message}. */
  @Override
  public List<String> errors(SiteFiles site) {
    List<String> errors = new ArrayList<>();
    for (Path page : site.html()) {
      String out;
      try {
        out = validator.validate(page);
      } catch (IOException | SAXException e) {
        errors.add(site.relative(page) + ": cannot be checked: " + e.getMessage());
        continue;
      }
      out.lines()
          .filter(line -> line.contains(": error:") || line.contains(": fatal:"))
          .map(line -> site.relative(page) + line.substring(line.indexOf(':', line.indexOf(".html"))))
          .forEach(errors::add);
    }
    return errors;
  }
}

package org.smtpreply.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.cli.check.SiteFiles;
import org.smtpreply.site.GeneratedSite;

/** Every page passes the Nu Html Checker, run offline; and the checker does catch errors. */
class HtmlValidityTest {

  @Test
  void everyPageIsValidHtml() {
    assertEquals(List.of(), new HtmlValidator().errors(SiteFiles.of(GeneratedSite.root())));
  }

  @Test
  void anInvalidPageIsReportedWithItsLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("index.html"),
        "<!DOCTYPE html>\n<html lang=\"en\">\n<title>t</title>\n<dl><dt>x</dt></dl>\n</html>\n");
    List<String> errors = new HtmlValidator().errors(SiteFiles.of(dir));
    assertEquals(1, errors.size(), errors::toString);
    assertTrue(errors.get(0).startsWith("index.html:4."), errors.get(0));
  }
}

package org.smtpreply.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.cli.check.LinkChecker;
import org.smtpreply.cli.check.SiteFiles;
import org.smtpreply.site.GeneratedSite;

/** Every internal link and anchor of the whole site resolves; a broken one is caught. */
class LinkCheckTest {

  @Test
  void noBrokenInternalLinks() {
    assertEquals(List.of(), new LinkChecker().check(SiteFiles.of(GeneratedSite.root())));
  }

  @Test
  void aBrokenLinkAndAMissingAnchorAreReported(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("index.html"), "<!DOCTYPE html><html lang=en><title>t</title>"
        + "<a href=\"en/550/index.html\">x</a> <a href=\"#nowhere\">y</a> <a id=\"here\" href=\"#here\">z</a>");
    List<String> broken = new LinkChecker().check(SiteFiles.of(dir));
    assertEquals(2, broken.size(), broken::toString);
    assertTrue(broken.contains("index.html: en/550/index.html"), broken::toString);
    assertTrue(broken.contains("index.html: #nowhere (no such anchor)"), broken::toString);
  }
}

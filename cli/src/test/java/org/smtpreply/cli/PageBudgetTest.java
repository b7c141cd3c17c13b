package org.smtpreply.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.cli.check.PageBudget;
import org.smtpreply.cli.check.SiteFiles;
import org.smtpreply.site.GeneratedSite;

/** Every page within the weight budget; a page over it is caught. */
class PageBudgetTest {

  @Test
  void everyPageIsWithinBudget() {
    assertEquals(List.of(), new PageBudget().overruns(SiteFiles.of(GeneratedSite.root())));
  }

  @Test
  void aHeavyCodePageIsReported(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("index.html"), "<!DOCTYPE html><title>t</title>");
    Files.createDirectories(dir.resolve("en/550"));
    Files.writeString(dir.resolve("en/550/index.html"), "<!DOCTYPE html><title>t</title>" + "x".repeat(21_000));
    List<String> over = new PageBudget().overruns(SiteFiles.of(dir));
    assertEquals(1, over.size(), over::toString);
    assertTrue(over.get(0).startsWith("en/550/index.html: HTML plus CSS is"), over.get(0));
  }
}

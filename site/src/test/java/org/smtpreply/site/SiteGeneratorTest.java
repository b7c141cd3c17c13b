package org.smtpreply.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How render failures reach the author. */
class SiteGeneratorTest {

  @Test
  void aFailureSharedByManyPagesIsReportedOnce() {
    List<String> lines = SiteGenerator.summarize(List.of(
        "en/550/index.html: missing value page.title",
        "es/550/index.html: missing value page.title",
        "es/551/index.html: missing value page.title",
        "index.html: template not found"));
    assertEquals(List.of(
        "en/550/index.html (and 2 more pages): missing value page.title",
        "index.html: template not found"), lines);
  }
}

package org.smtpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The facts snapshot the catalog's build writes is the loaded catalog's facts, byte for byte stable. */
class CatalogFactsTest {

  @Test
  void snapshotWrittenByTheBuildEqualsTheLoadedCatalog() throws IOException {
    try (InputStream in = CatalogFacts.class.getResourceAsStream(Snapshots.FACTS)) {
      assertNotNull(in, "the build writes " + Snapshots.FACTS);
      assertEquals(Catalog.builtIn().facts(), CatalogFacts.readSnapshot(in));
    }
    assertEquals(Catalog.builtIn().facts(), CatalogFacts.builtIn());
  }

  @Test
  void theWholeCatalogSnapshotEqualsTheCatalogLoadedFromYaml() {
    assertEquals(CatalogLoader.builtIn().load(), Snapshots.builtIn().orElseThrow(),
        "the build writes " + Snapshots.CATALOG + " for the built-in locales");
  }

  @Test
  void snapshotIsTheSameBytesForTheSameCatalogAndReadsBack() throws IOException {
    byte[] first = bytes(CatalogLoader.builtIn().load().facts());
    byte[] second = bytes(CatalogLoader.builtIn().load().facts());
    assertArrayEquals(first, second);
    CatalogFacts read = CatalogFacts.readSnapshot(new ByteArrayInputStream(first));
    assertEquals(Catalog.builtIn().facts(), read);
    assertEquals(Catalog.builtIn().facts().titles().keySet().stream().toList(), read.titles().keySet().stream().toList(),
        "titles keep the catalog's order");
  }

  @Test
  void factsAnswerTheLookUpsOfTheCatalog() {
    CatalogFacts facts = CatalogFacts.builtIn();
    assertEquals("MAILBOX_UNAVAILABLE", facts.basic(550).orElseThrow().constant());
    assertEquals("X.1.1", facts.enhanced("5.1.1").orElseThrow().code());
    assertEquals(facts.enhanced("X.1.1"), facts.enhanced("4.1.1"));
    assertEquals(Catalog.builtIn().text(Catalog.builtIn().basic(550).orElseThrow(), "en").value().title(),
        facts.title("550"));
  }

  private static byte[] bytes(CatalogFacts facts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    facts.writeSnapshot(out);
    return out.toByteArray();
  }
}

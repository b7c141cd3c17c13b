package org.smtpreply.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.processor.internal.CatalogFacts;
import org.smtpreply.processor.internal.CatalogSnapshot;

/** The snapshot the processor reads at compile time says exactly what the catalog says. */
class CatalogSnapshotTest {

  @Test
  void snapshotBuiltWithTheProcessorEqualsTheLoadedCatalog() throws IOException {
    CatalogFacts snapshot = CatalogSnapshot.builtIn().orElseThrow(
        () -> new AssertionError("no catalog.snapshot on the classpath; the build's process-classes phase writes it"));
    CatalogFacts loaded = CatalogFacts.of(Catalog.builtIn());
    assertEquals(loaded.basicCodes(), snapshot.basicCodes());
    assertEquals(loaded.enhancedCodes(), snapshot.enhancedCodes());
    assertEquals(loaded, snapshot);
    Catalog catalog = Catalog.builtIn();
    assertEquals(catalog.text(catalog.basic(550).orElseThrow(), "en").value().title(), snapshot.title("550"));
  }
}

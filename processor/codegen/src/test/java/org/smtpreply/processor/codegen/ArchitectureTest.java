package org.smtpreply.processor.codegen;

import org.junit.jupiter.api.Test;
import org.smtpreply.fixtures.Architecture;

/** No package cycles in this module, and no dependency against the layers of DESIGN.md. */
class ArchitectureTest {
  @Test
  void packagesFormNoCyclesAndFollowTheLayers() {
    Architecture.check("processor");
  }
}

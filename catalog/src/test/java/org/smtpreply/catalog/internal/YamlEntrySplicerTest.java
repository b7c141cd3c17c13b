package org.smtpreply.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Splicing changes whole entries and keeps every other byte of the file. */
class YamlEntrySplicerTest {
  private static final String FILE = """
      # Texts, Spanish.
      "211":
        title: "Estado"
        summary: >-
          Uno.

      # Help.
      "214":
        title: Ayuda

      "250":
        title: Correcto
      """;
  private static final List<String> ORDER = List.of("211", "214", "220", "250", "251");

  @Test
  void replacingAnEntryLeavesTheOthersAndTheirCommentsAlone() {
    String spliced = YamlEntrySplicer.splice(FILE, Map.of("214", "\"214\":\n  title: Mensaje de ayuda\n"), ORDER);
    assertEquals(FILE.replace("  title: Ayuda", "  title: Mensaje de ayuda"), spliced);
  }

  @Test
  void newEntriesGoInCatalogOrderAndRemovedOnesLeaveNoGap() {
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put("220", "\"220\":\n  title: Listo\n");
    changes.put("251", "\"251\":\n  title: Reenviado\n");
    changes.put("211", null);
    assertEquals("""
        # Texts, Spanish.

        # Help.
        "214":
          title: Ayuda

        "220":
          title: Listo

        "250":
          title: Correcto

        "251":
          title: Reenviado
        """, YamlEntrySplicer.splice(FILE, changes, ORDER));
  }

  @Test
  void anEmptyFileGetsItsFirstEntry() {
    assertEquals("\"550\":\n  title: Buzón\n", YamlEntrySplicer.splice("", Map.of("550", "\"550\":\n  title: Buzón\n"), ORDER));
  }
}

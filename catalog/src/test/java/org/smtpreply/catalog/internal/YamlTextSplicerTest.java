package org.smtpreply.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Setting entries changes the lines of the fields that changed, and keeps every other byte of the file. */
class YamlTextSplicerTest {
  private static final String FILE = """
      # Texts, Spanish.
      "211":
        title: "Estado del sistema"
        summary: >-
          Respuesta positiva que contiene información de estado del servidor o un
          texto de ayuda general. El RFC 5321 la prevé como respuesta a HELP, pero
          pocos servidores la usan.
        causes:
          - >-
            El cliente envió HELP y el servidor contestó con un informe de estado o
            una ayuda general.
          - Un comando propio del fabricante.
        retry: No es un error.

      # Help.
      "214":
        title: Ayuda

      "250":
        title: Correcto
      """;
  private static final List<String> ORDER = List.of("211", "214", "220", "250", "251");

  private static Map<String, Object> entry211() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", "Estado del sistema");
    fields.put("summary", "Respuesta positiva que contiene información de estado del servidor o un texto de ayuda"
        + " general. El RFC 5321 la prevé como respuesta a HELP, pero pocos servidores la usan.");
    fields.put("causes", List.of("El cliente envió HELP y el servidor contestó con un informe de estado o una ayuda"
        + " general.", "Un comando propio del fabricante."));
    fields.put("retry", "No es un error.");
    return fields;
  }

  private static String splice(String key, Map<String, Object> fields) {
    Map<String, Map<String, Object>> wanted = new LinkedHashMap<>();
    wanted.put(key, fields);
    return YamlTextSplicer.splice(FILE, wanted, ORDER);
  }

  /** The lines of {@code after} that differ from {@code before}, as a unified diff would count them: removed and added. */
  private static List<String> changedLines(String before, String after) {
    List<String> a = List.of(before.split("\n"));
    List<String> b = List.of(after.split("\n"));
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<String> changed = new ArrayList<>();
    a.subList(head, a.size() - tail).forEach(l -> changed.add("-" + l));
    b.subList(head, b.size() - tail).forEach(l -> changed.add("+" + l));
    return changed;
  }

  @Test
  void theSameTextsChangeNoByte() {
    assertEquals(FILE, splice("211", entry211()));
  }

  @Test
  void aOneWordTitleChangeIsAOneLineChangeInTheTitlesOwnStyle() {
    Map<String, Object> fields = entry211();
    fields.put("title", "Estado del servidor");
    assertEquals(List.of("-  title: \"Estado del sistema\"", "+  title: \"Estado del servidor\""),
        changedLines(FILE, splice("211", fields)));
  }

  @Test
  void aOneWordChangeInAParagraphRewrapsOnlyItsLine() {
    Map<String, Object> fields = entry211();
    fields.put("summary", ((String) fields.get("summary")).replace("la prevé", "la define"));
    assertEquals(List.of("-    texto de ayuda general. El RFC 5321 la prevé como respuesta a HELP, pero",
        "+    texto de ayuda general. El RFC 5321 la define como respuesta a HELP, pero"),
        changedLines(FILE, splice("211", fields)));
  }

  @Test
  void aChangedListItemChangesOnlyItsLines() {
    Map<String, Object> fields = entry211();
    fields.put("causes", List.of(((List<?>) fields.get("causes")).get(0), "Un comando del fabricante."));
    assertEquals(List.of("-    - Un comando propio del fabricante.", "+    - Un comando del fabricante."),
        changedLines(FILE, splice("211", fields)));
  }

  @Test
  void aListOfAnotherLengthIsWrittenAgainAndFieldsComeAndGoInOrder() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", "Estado del sistema");
    fields.put("summary", entry211().get("summary"));
    fields.put("origin", "Un fabricante");
    fields.put("causes", List.of("Una."));
    String spliced = splice("211", fields);
    assertEquals(FILE.replace("""
          - >-
            El cliente envió HELP y el servidor contestó con un informe de estado o
            una ayuda general.
          - Un comando propio del fabricante.
        retry: No es un error.
      """, """
          - Una.
      """).replace("    pocos servidores la usan.\n", "    pocos servidores la usan.\n  origin: Un fabricante\n"), spliced);
  }

  @Test
  void newEntriesGoInCatalogOrderAndRemovedOnesLeaveNoGap() {
    Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
    changes.put("220", Map.of("title", "Listo"));
    changes.put("251", Map.of("title", "Reenviado"));
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
        """, YamlTextSplicer.splice(FILE, changes, ORDER));
  }

  @Test
  void anEntryInAStyleTheSplicerDoesNotEditIsWrittenAgainWhole() {
    String flow = "\"214\": {title: Ayuda, summary: Uno}\n\"250\":\n  title: Correcto\n";
    Map<String, Map<String, Object>> wanted = new LinkedHashMap<>();
    wanted.put("214", Map.of("title", "Ayuda"));
    assertEquals("\"214\":\n  title: Ayuda\n\"250\":\n  title: Correcto\n", YamlTextSplicer.splice(flow, wanted, ORDER));
  }

  @Test
  void anEmptyFileGetsItsFirstEntry() {
    assertEquals("\"550\":\n  title: Buzón\n",
        YamlTextSplicer.splice("", Map.of("550", Map.of("title", "Buzón")), ORDER));
  }
}

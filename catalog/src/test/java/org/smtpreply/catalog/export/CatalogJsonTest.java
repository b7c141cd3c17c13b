package org.smtpreply.catalog.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogLoader;

/** The JSON export: valid against its published schema, complete, and the same bytes every time. */
class CatalogJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Catalog catalog = Catalog.builtIn();

  private static byte[] export(Catalog catalog) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CatalogJson.write(catalog, out);
    return out.toByteArray();
  }

  static JsonSchema schema(String file) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("schema", file))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @Test
  void exportIsValidAgainstTheSchema() throws IOException {
    JsonNode document = JSON.readTree(export(catalog));
    Set<ValidationMessage> errors = schema("catalog.schema.json").validate(document);
    assertEquals(Set.of(), errors);
  }

  @Test
  void schemaRejectsADocumentThatBreaksIt() throws IOException {
    // Proves the schema is not a rubber stamp: an unknown field and a wrong class are refused.
    JsonNode document = JSON.readTree(export(catalog));
    ((ObjectNode) document.get("basicCodes").get(0)).put("class", 7).put("colour", "red");
    List<String> errors = new ArrayList<>();
    schema("catalog.schema.json").validate(document).forEach(m -> errors.add(m.getMessage()));
    assertEquals(2, errors.size(), errors::toString);
  }

  @Test
  void exportIsDeterministic() {
    byte[] first = export(catalog);
    byte[] second = export(CatalogLoader.builtIn().load());
    assertArrayEquals(first, second);
    String text = new String(first, StandardCharsets.UTF_8);
    assertFalse(text.contains("\r"), "line ends must be LF on every platform");
    assertTrue(text.endsWith("}\n"), "ends with one newline");
  }

  @Test
  void exportHoldsEveryCodeWithTheTextsOfEveryLocale() throws IOException {
    JsonNode document = JSON.readTree(export(catalog));
    assertEquals(catalog.basicCodes().size(), document.get("basicCodes").size());
    assertEquals(catalog.enhancedCodes().size(), document.get("enhancedCodes").size());
    assertEquals(catalog.guideIds().size(), document.get("guides").size());
    JsonNode code550 = find(document.get("basicCodes"), "code", "550");
    assertEquals("Buzón no disponible o rechazado por política", code550.at("/texts/es/title").asText());
    assertEquals("hard", code550.get("bounce").asText());
    assertEquals("https://www.rfc-editor.org/rfc/rfc5321.html#section-4.2.3", code550.at("/references/0/url").asText());
    JsonNode mailboxFull = find(document.get("enhancedCodes"), "code", "X.2.2");
    assertEquals("[552]", mailboxFull.get("basic").toString());
    assertTrue(mailboxFull.at("/texts/en/transient").isTextual());
    JsonNode nonStandard = find(document.get("basicCodes"), "code", "525");
    assertFalse(nonStandard.get("standard").asBoolean());
    assertTrue(nonStandard.get("origin").asText().contains("IANA"));
    assertEquals(catalog.basicCodes().size() + catalog.enhancedCodes().size(),
        document.at("/figures/translatedEntries/es").asInt());
  }

  @Test
  void keysComeInAFixedOrder() throws IOException {
    JsonNode document = JSON.readTree(export(catalog));
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = document.fieldNames(); it.hasNext(); ) {
      keys.add(it.next());
    }
    assertEquals(List.of("format", "sourceLocale", "locales", "figures", "basicCodes", "enhancedCodes", "guides"), keys);
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode item : array) {
      if (item.get(field).asText().equals(value)) {
        return item;
      }
    }
    throw new AssertionError("no item with " + field + " " + value);
  }
}

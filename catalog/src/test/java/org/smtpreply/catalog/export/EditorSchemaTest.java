package org.smtpreply.catalog.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The editors' schemas accept the real catalog files and refuse a broken one. */
class EditorSchemaTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonNode yaml(String file) throws IOException {
    return YAML.readTree(Files.readString(Path.of("data", file)));
  }

  @ParameterizedTest
  @CsvSource({
    "basic.yaml, basic.schema.json",
    "enhanced.yaml, enhanced.schema.json",
    "en/basic.yaml, texts.schema.json",
    "en/enhanced.yaml, texts.schema.json",
    "es/basic.yaml, texts.schema.json",
    "es/enhanced.yaml, texts.schema.json",
    "en/guides.yaml, guides.schema.json",
    "es/guides.yaml, guides.schema.json"
  })
  void realFileIsValid(String file, String schema) throws IOException {
    Set<ValidationMessage> errors = CatalogJsonTest.schema(schema).validate(yaml(file));
    assertEquals(Set.of(), errors, file);
  }

  @ParameterizedTest
  @CsvSource({
    "basic.yaml, basic.schema.json, '- code: 550\n  constant: mailbox\n'",
    "enhanced.yaml, enhanced.schema.json, '- code: 5.1.1\n  constant: BAD\n'",
    "es/basic.yaml, texts.schema.json, '\"550\":\n  title: Buzón\n'",
    "es/guides.yaml, guides.schema.json, 'bounces:\n  title: Rebotes\n  summary: Breve\n  body: []\n'"
  })
  void brokenFileIsRefused(String file, String schema, String content) throws IOException {
    Set<ValidationMessage> errors = CatalogJsonTest.schema(schema).validate(YAML.readTree(content));
    assertFalse(errors.isEmpty(), file + " should be refused");
  }
}

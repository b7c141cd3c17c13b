package org.smtpreply.catalog.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.smtpreply.catalog.problem.Problem;
import org.smtpreply.catalog.problem.ProblemKind;

/**
 * Checks a file's tree against the JSON Schema that describes its shape: the same schemas that
 * editors use ({@code catalog/schema/}, shipped as {@code org/smtpreply/catalog/schema/}), so that
 * each field's rule is written once. Each failure becomes a one-line problem at the field, in the
 * house style: a schema gives the wording of a rule in {@code x-problem} beside it
 * ({@code {field}} stands for the field's name).
 */
public final class Schemas {
  private static final String ROOT = "/org/smtpreply/catalog/schema/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
      .pathType(PathType.JSON_POINTER)
      .build();
  private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

  private record Loaded(JsonSchema schema, JsonNode tree) {}

  private Schemas() {}

  /**
   * Checks {@code file} against the schema {@code schemaName} ({@code basic.schema.json}); problems
   * go to {@code problems}, sorted by place. Returns whether there were none.
   */
  public static boolean check(ReadFile file, String schemaName, Problems problems) {
    if (file.isEmpty()) {
      return true;
    }
    Loaded loaded = LOADED.computeIfAbsent(schemaName, Schemas::load);
    List<Problem> found = new ArrayList<>();
    for (ValidationMessage message : loaded.schema().validate(file.root())) {
      found.add(problem(file, loaded.tree(), message));
    }
    found.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
        .thenComparing(Problem::message));
    found.stream().distinct().forEach(problems::add);
    return found.isEmpty();
  }

  private static Loaded load(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("no schema " + name + " in the catalog artifact");
      }
      JsonNode tree = JSON.readTree(in);
      return new Loaded(FACTORY.getSchema(tree, CONFIG), tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Problem problem(ReadFile file, JsonNode schema, ValidationMessage message) {
    JsonNodePath at = message.getInstanceLocation();
    List<Object> path = new ArrayList<>();
    for (int i = 0; i < at.getNameCount(); i++) {
      path.add(at.getElement(i));
    }
    String pointer = pointer(path);
    String entry = file.entryAt(pointer);
    String field = fieldOf(path);
    String keyword = message.getType();
    JsonNode rule = ruleOf(schema, message.getSchemaLocation().getFragment());
    long position = file.position(pointer);
    ProblemKind kind;
    String text;
    switch (keyword) {
      case "required" -> {
        kind = ProblemKind.MISSING_FIELD;
        String missing = message.getProperty();
        String own = rule.path("properties").path(missing).path("x-missing").asText("");
        text = own.isEmpty() ? "missing field '" + join(field, missing) + "'; write it" : own;
        position = file.keyPosition(pointer);
      }
      case "additionalProperties", "unevaluatedProperties" -> {
        kind = ProblemKind.UNKNOWN_FIELD;
        String extra = message.getProperty();
        text = "unknown field '" + join(field, extra) + "'; the known fields are " + String.join(", ", known(rule));
        position = file.keyPosition(pointer + ReadFile.step(extra));
      }
      case "type" -> {
        JsonNode value = file.root().at(pointer);
        if (value.isNull()) {
          kind = ProblemKind.MISSING_FIELD;
          text = "'" + field + "' is missing or empty; write it";
        } else {
          kind = ProblemKind.WRONG_TYPE;
          text = (field.isEmpty() ? "the value" : "field '" + field + "'") + " has the wrong kind of value; expected "
              + expected(rule.path("type"));
        }
      }
      default -> {
        kind = ProblemKind.BAD_VALUE;
        String own = rule.path("x-problem").asText("");
        text = own.isEmpty()
            ? (field.isEmpty() ? "the value" : "field '" + field + "'") + ": " + stripLocation(message.getMessage())
            : own.replace("{field}", field);
      }
    }
    return new Problem(kind, file.file(), (int) (position >>> 32), (int) position, entry, text);
  }

  /** The schema object the failing keyword belongs to. */
  private static JsonNode ruleOf(JsonNode schema, JsonNodePath fragment) {
    JsonNode node = schema;
    int count = fragment == null ? 0 : fragment.getNameCount();
    for (int i = 0; i < count - 1; i++) {
      Object step = fragment.getElement(i);
      node = step instanceof Integer index ? node.path(index) : node.path(step.toString());
    }
    return node;
  }

  private static List<String> known(JsonNode rule) {
    TreeSet<String> names = new TreeSet<>();
    rule.path("properties").fieldNames().forEachRemaining(names::add);
    return List.copyOf(names);
  }

  /** What a value of {@code type} (one type, or a list of them) is, in words. */
  private static String expected(JsonNode type) {
    if (type.isArray()) {
      List<String> kinds = new ArrayList<>();
      type.forEach(t -> kinds.add(expected(t.asText())));
      return String.join(" or ", kinds);
    }
    return expected(type.asText());
  }

  private static String expected(String type) {
    return switch (type) {
      case "integer" -> "a whole number";
      case "number" -> "a number";
      case "string" -> "text";
      case "array" -> "a list";
      case "boolean" -> "true or false";
      default -> "a map of fields";
    };
  }

  /** The field inside its entry: {@code references[0].rfc}. */
  private static String fieldOf(List<Object> path) {
    StringBuilder field = new StringBuilder();
    for (Object step : path.subList(Math.min(1, path.size()), path.size())) {
      if (step instanceof Integer index) {
        field.append('[').append(index).append(']');
      } else {
        field.append(field.length() == 0 ? "" : ".").append(step);
      }
    }
    return field.toString();
  }

  private static String join(String field, String child) {
    return field.isEmpty() ? child : field + "." + child;
  }

  private static String pointer(List<Object> path) {
    StringBuilder pointer = new StringBuilder();
    for (Object step : path) {
      pointer.append(step instanceof Integer ? "/" + step : ReadFile.step(step.toString()));
    }
    return pointer.toString();
  }

  /** networknt's message without its leading {@code /0/code: }. */
  private static String stripLocation(String message) {
    int colon = message.indexOf(": ");
    return message.startsWith("/") && colon > 0 ? message.substring(colon + 2) : message;
  }
}

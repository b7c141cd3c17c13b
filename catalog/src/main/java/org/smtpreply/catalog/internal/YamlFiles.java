package org.smtpreply.catalog.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads catalog YAML files entry by entry, keeping where each entry starts, and turns every
 * syntax or binding error into a one-line problem with file, line and column.
 */
public final class YamlFiles {
  private final ObjectMapper mapper =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private final CatalogSource source;
  private final Problems problems;

  /** Reads from {@code source}, reporting to {@code problems}. */
  public YamlFiles(CatalogSource source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  /** The display name of {@code relative}. */
  public String name(String relative) {
    return source.displayName(relative);
  }

  /** Whether the file exists in the source. */
  public boolean exists(String relative) {
    Optional<Reader> reader = source.open(relative);
    reader.ifPresent(YamlFiles::closeQuietly);
    return reader.isPresent();
  }

  /** The entries of a file whose top level is a list; a missing file is a problem. */
  public <T> List<Located<T>> readList(String relative, Class<T> type) {
    List<Located<T>> entries = new ArrayList<>();
    String file = source.displayName(relative);
    Optional<Reader> opened = source.open(relative);
    if (opened.isEmpty()) {
      problems.addFile(file, "file is missing; the catalog needs it");
      return entries;
    }
    int index = 0;
    try (Reader reader = opened.get();
        JsonParser parser = mapper.getFactory().createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return entries;
      }
      if (first != JsonToken.START_ARRAY) {
        problems.addFile(at(file, parser.currentTokenLocation()), "expected a list of entries");
        return entries;
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        index++;
        JsonLocation start = parser.currentTokenLocation();
        T value = mapper.readValue(parser, type);
        entries.add(new Located<>(value, file, start.getLineNr(), start.getColumnNr()));
      }
    } catch (JsonProcessingException e) {
      problems.add(at(file, e.getLocation()), "#" + (index == 0 ? 1 : index), describe(e));
    } catch (IOException e) {
      problems.addFile(file, "cannot be read: " + e.getMessage());
    }
    return entries;
  }

  /**
   * The entries of a file whose top level is a map from an entry's key to its value. A missing
   * file gives an empty map: whether that is a problem is the caller's to say.
   */
  public <T> Map<String, Located<T>> readMap(String relative, Class<T> type) {
    Map<String, Located<T>> entries = new LinkedHashMap<>();
    String file = source.displayName(relative);
    Optional<Reader> opened = source.open(relative);
    if (opened.isEmpty()) {
      return entries;
    }
    String key = "(first)";
    try (Reader reader = opened.get();
        JsonParser parser = mapper.getFactory().createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return entries;
      }
      if (first != JsonToken.START_OBJECT) {
        problems.addFile(at(file, parser.currentTokenLocation()), "expected a map from entry key to texts");
        return entries;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        key = parser.currentName();
        JsonLocation start = parser.currentTokenLocation();
        parser.nextToken();
        T value = mapper.readValue(parser, type);
        entries.put(key, new Located<>(value, file, start.getLineNr(), start.getColumnNr()));
      }
    } catch (JsonProcessingException e) {
      problems.add(at(file, e.getLocation()), key, describe(e));
    } catch (IOException e) {
      problems.addFile(file, "cannot be read: " + e.getMessage());
    }
    return entries;
  }

  private static String at(String file, JsonLocation location) {
    if (location == null) {
      return file;
    }
    return file + ":" + location.getLineNr() + ":" + location.getColumnNr();
  }

  /** A one-line account of a YAML or binding error, without Java class names. */
  static String describe(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      String known =
          unknown.getKnownPropertyIds().stream()
              .map(Object::toString)
              .collect(Collectors.toCollection(TreeSet::new))
              .stream()
              .collect(Collectors.joining(", "));
      return "unknown field '" + unknown.getPropertyName() + "'; the known fields are " + known;
    }
    if (e instanceof MismatchedInputException mismatch) {
      String field =
          mismatch.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."));
      String wanted =
          mismatch.getTargetType() == null ? "another kind of value" : kind(mismatch.getTargetType());
      return (field.isEmpty() ? "value" : "field '" + field + "'")
          + " has the wrong kind of value; expected " + wanted;
    }
    if (e instanceof JsonMappingException) {
      return firstLine(e.getOriginalMessage());
    }
    return "YAML syntax error: " + firstLine(e.getOriginalMessage());
  }

  private static String kind(Class<?> type) {
    if (type == Integer.class || type == int.class) {
      return "a whole number";
    }
    if (type == String.class) {
      return "text";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "a map of fields";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static void closeQuietly(Reader reader) {
    try {
      reader.close();
    } catch (IOException ignored) {
      // Only probing for existence.
    }
  }
}

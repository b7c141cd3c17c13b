package org.smtpreply.catalog.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads catalog YAML files entry by entry, keeping where each entry starts, and turns every
 * syntax or binding error into a one-line problem with file, line and column.
 */
public final class YamlFiles {
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
  /**
   * SnakeYAML stops at 3 M code points by default; a catalog of ten thousand codes (the
   * generator benchmark's) has 9 MB texts files, so the guard is raised, not dropped.
   */
  private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  // Shared by every reader: a configured mapper is thread-safe, and building one is not cheap.
  private static final ObjectMapper MAPPER =
      new ObjectMapper(YAMLFactory.builder().loaderOptions(loaderOptions()).build())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final ObjectMapper LENIENT =
      MAPPER.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final CatalogSource source;
  private final Problems problems;

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    return options;
  }

  /** Reads from {@code source}, reporting to {@code problems}. */
  public YamlFiles(CatalogSource source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  /**
   * The entries of a file whose top level is a list; a missing file is a problem. An entry that
   * fails to bind is reported once; if it binds once its unknown fields are ignored, it is still
   * returned, so that one typo does not make every reference to the entry fail too.
   */
  public <T> List<Located<T>> readList(String relative, Class<T> type) {
    List<Located<T>> entries = new ArrayList<>();
    read(relative, type, true, (key, located) -> entries.add(located));
    return entries;
  }

  /**
   * The entries of a file whose top level is a map from an entry's key to its value, in file
   * order. A missing file gives an empty map: whether that is a problem is the caller's to say.
   * Keys whose entry could not be read at all map to a {@link Located} with a null value.
   */
  public <T> Map<String, Located<T>> readMap(String relative, Class<T> type) {
    Map<String, Located<T>> entries = new LinkedHashMap<>();
    read(relative, type, false, entries::put);
    return entries;
  }

  private <T> void read(String relative, Class<T> type, boolean list, BiConsumer<String, Located<T>> sink) {
    String file = source.displayName(relative);
    Optional<Reader> opened = source.open(relative);
    if (opened.isEmpty()) {
      if (list) {
        problems.addFile(file, "file is missing; the catalog needs it");
      }
      return;
    }
    String entry = list ? "#1" : "(first)";
    Map<String, Integer> lineOfKey = new LinkedHashMap<>();
    try (Reader reader = opened.get();
        JsonParser parser = MAPPER.getFactory().createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return;
      }
      JsonToken expected = list ? JsonToken.START_ARRAY : JsonToken.START_OBJECT;
      if (first != expected) {
        problems.addFile(at(file, parser.currentTokenLocation()),
            list ? "expected a list of entries" : "expected a map from entry key to texts");
        return;
      }
      JsonStreamContext container = parser.getParsingContext();
      int index = 0;
      while (true) {
        JsonToken token = parser.nextToken();
        if (list ? token != JsonToken.START_OBJECT : token != JsonToken.FIELD_NAME) {
          break;
        }
        index++;
        JsonLocation start = parser.currentTokenLocation();
        String key = list ? null : parser.currentName();
        if (!list) {
          parser.nextToken();
        }
        entry = list ? "#" + index : key;
        if (key != null) {
          lineOfKey.putIfAbsent(key, start.getLineNr());
        }
        TokenBuffer copy = new TokenBuffer(parser);
        copy.copyCurrentStructure(parser);
        T value;
        try (JsonParser strict = copy.asParserOnFirstToken()) {
          value = MAPPER.readValue(strict, type);
        } catch (JsonMappingException e) {
          value = lenient(copy, type);
          String id = key != null ? key : idOf(copy);
          problems.add(at(file, locate(parser, relative, start, e)), id == null ? entry : id, describe(e));
        }
        sink.accept(key != null ? key : String.valueOf(index), new Located<>(value, file, start.getLineNr(), start.getColumnNr()));
        if (parser.getParsingContext() != container) {
          break;
        }
      }
    } catch (JsonProcessingException e) {
      Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
      if (duplicate.matches()) {
        // The parser stops at the second occurrence, so name that key, not the entry before it.
        String key = duplicate.group(1);
        Integer first = lineOfKey.get(key);
        problems.add(at(file, e.getLocation()), key, "key \"" + key + "\" is written twice"
            + (first == null ? "" : " (first at line " + first + ")") + "; keep one of them");
      } else {
        problems.add(at(file, e.getLocation()), entry, describe(e));
      }
    } catch (IOException e) {
      problems.addFile(file, "cannot be read: " + e.getMessage());
    }
  }

  /** The entry bound again with unknown fields ignored, or null if it still cannot bind. */
  private static <T> T lenient(TokenBuffer copy, Class<T> type) {
    try (JsonParser again = copy.asParserOnFirstToken()) {
      return LENIENT.readValue(again, type);
    } catch (IOException e) {
      return null;
    }
  }

  private static String idOf(TokenBuffer copy) {
    try (JsonParser again = copy.asParserOnFirstToken()) {
      JsonNode node = new ObjectMapper().readTree(again);
      JsonNode code = node.get("code");
      return code == null ? null : code.asText();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Where a binding error is. The copy of the entry has no positions of its own, so the file is
   * read again up to the failing field, following the error's path from the entry's start.
   */
  private JsonLocation locate(JsonParser parser, String relative, JsonLocation start, JsonMappingException e) {
    List<JsonMappingException.Reference> path = e.getPath();
    Optional<Reader> again = source.open(relative);
    if (path.isEmpty() || again.isEmpty()) {
      return start;
    }
    try (Reader reader = again.get();
        JsonParser p = MAPPER.getFactory().createParser(reader)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        JsonLocation here = p.currentTokenLocation();
        boolean entryToken = t == JsonToken.FIELD_NAME || (t == JsonToken.START_OBJECT && p.getParsingContext().getParent().inArray());
        if (entryToken && (here.getLineNr() > start.getLineNr()
            || (here.getLineNr() == start.getLineNr() && here.getColumnNr() >= start.getColumnNr()))) {
          break;
        }
      }
      if (t == null) {
        return start;
      }
      if (p.currentToken() == JsonToken.FIELD_NAME) {
        p.nextToken();
      }
      for (JsonMappingException.Reference step : path) {
        if (step.getFieldName() != null && p.currentToken() == JsonToken.START_OBJECT) {
          while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            if (p.currentName().equals(step.getFieldName())) {
              JsonLocation field = p.currentTokenLocation();
              p.nextToken();
              if (step == path.get(path.size() - 1)) {
                return field;
              }
              break;
            }
            p.nextToken();
            p.skipChildren();
          }
        } else if (step.getIndex() >= 0 && p.currentToken() == JsonToken.START_ARRAY) {
          for (int i = 0; i <= step.getIndex(); i++) {
            p.nextToken();
            if (i < step.getIndex()) {
              p.skipChildren();
            }
          }
        } else {
          break;
        }
      }
      return p.currentTokenLocation();
    } catch (IOException ignored) {
      return e.getLocation() != null ? e.getLocation() : start;
    }
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
}

package org.smtpreply.catalog.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;

/**
 * Binds checked trees to the catalog's records with Jackson: the records' components are the
 * fields of the files, so a field is written once, in the record and its schema. Runs only on
 * trees that passed their schema, so binding cannot fail on a user's mistake.
 */
public final class Binder {
  /** Texts lose the space around them: YAML's folded blocks and plain values may carry some. */
  private static final class StrippedString extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    StrippedString() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      return text == null ? null : text.strip();
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new SimpleModule().addDeserializer(String.class, new StrippedString()))
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Binder() {}

  /** {@code node} as a {@code type}. */
  public static <T> T bind(JsonNode node, Class<T> type) {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (IOException e) {
      // The schema passed, so the record and the schema disagree: a bug, not a user's mistake.
      throw new IllegalStateException("the catalog's schema and its model disagree at " + node, e);
    }
  }
}

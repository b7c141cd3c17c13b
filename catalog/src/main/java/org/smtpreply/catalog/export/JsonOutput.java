package org.smtpreply.catalog.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The project's JSON writers, set up once: records are written by Jackson in their components'
 * order, absent optionals left out, map keys as given (sorted maps where order is free), UTF-8 and
 * LF line ends; the same value always gives the same bytes.
 */
public final class JsonOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  /** Indented with two spaces, {@code "key": value}, LF line ends: documents people read. */
  public static final ObjectWriter PRETTY;
  /** On one line: JSON Lines, one object per record. */
  public static final ObjectWriter LINE = MAPPER.writer();

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter));
  }

  private JsonOutput() {}
}

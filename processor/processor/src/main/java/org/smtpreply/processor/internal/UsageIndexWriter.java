package org.smtpreply.processor.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the usage index, {@code META-INF/smtp-reply/usages.json}: each declared reply with its
 * source element, for the site's "replies this codebase emits" page. Same input, same bytes:
 * replies in {@link DeclaredReply#ORDER}, fields in a fixed order, {@code \n} line ends.
 *
 * <pre>{@code
 * {
 *   "format" : 1,
 *   "usages" : [ {
 *     "element" : "com.example.UnknownRecipientException",
 *     "kind" : "class",
 *     "code" : 550,
 *     "enhanced" : "5.1.1",
 *     "text" : "Recipient address rejected"
 *   } ]
 * }
 * }</pre>
 */
public final class UsageIndexWriter {
  /** Where the index goes in the class output. */
  public static final String PATH = "META-INF/smtp-reply/usages.json";
  /** The format version, raised when a reader would misread a newer index. */
  public static final int FORMAT = 1;

  private static final JsonFactory JSON = new JsonFactory();

  /** The index of {@code replies} as JSON text. */
  public String write(List<DeclaredReply> replies) {
    StringWriter out = new StringWriter();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(indenter);
    try (JsonGenerator json = JSON.createGenerator(out).setPrettyPrinter(pretty)) {
      json.writeStartObject();
      json.writeNumberField("format", FORMAT);
      json.writeArrayFieldStart("usages");
      for (DeclaredReply reply : replies) {
        json.writeStartObject();
        json.writeStringField("element", reply.element());
        json.writeStringField("kind", reply.kind());
        json.writeNumberField("code", reply.code());
        json.writeStringField("enhanced", reply.enhanced());
        json.writeStringField("text", reply.text());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }
}

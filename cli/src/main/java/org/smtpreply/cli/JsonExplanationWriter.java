package org.smtpreply.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.smtpreply.bounce.NoFailure;
import org.smtpreply.catalog.AdviceText;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.bounce.Diagnosis;
import org.smtpreply.catalog.explain.BounceExplanation;
import org.smtpreply.catalog.explain.Explanation;
import org.smtpreply.core.ReplyFormatter;
import org.smtpreply.core.bounce.RecipientReport;

/**
 * Writes explained bounces for programs: one JSON object per recipient (or reply, or line), one
 * per line (JSON Lines), with the fields in a fixed order: first the bounce (file, recipient,
 * action, codes, reason, the two verdicts, provider, remote server), then the explanation of its
 * codes. Enum values of the explanation are the API's constant names ({@code HARD}).
 *
 * <p>Written with Jackson's streaming generator, not its object mapper: the objects are flat and
 * their order fixed, and a cold start of the mapper alone took 0.16 s of a whole {@code explain
 * --mail --format json} run (docs/benchmarks.md).
 */
final class JsonExplanationWriter implements ExplanationWriter {
  private static final JsonFactory FACTORY = new JsonFactory();
  private final PrintWriter out;

  JsonExplanationWriter(PrintWriter out) {
    this.out = out;
  }

  /** One object's fields, written by a generator that throws no checked exception. */
  private interface Fields {
    void write(JsonGenerator json) throws IOException;
  }

  @Override
  public void write(String file, int message, BounceExplanation e) {
    print(json -> {
      Diagnosis d = e.diagnosis();
      RecipientReport report = d.report();
      json.writeStringField("file", file);
      number(json, "message", message > 0 ? OptionalInt.of(message) : OptionalInt.empty());
      json.writeStringField("recipient", report.recipient().orElse(null));
      json.writeStringField("action", report.action().id());
      number(json, "code", report.code());
      json.writeStringField("enhanced", report.enhanced().map(Object::toString).orElse(null));
      json.writeStringField("reason", d.reason().id());
      json.writeBooleanField("suppressAddress", d.suppressAddress());
      json.writeBooleanField("retry", d.retry());
      json.writeStringField("provider", d.provider().map(p -> p.id()).orElse(null));
      json.writeStringField("providerReply", d.providerReply().map(r -> r.id()).orElse(null));
      json.writeStringField("remoteMta", report.remoteMta().orElse(null));
      json.writeStringField("noFailure", null);
      AdviceText reason = e.reason().value();
      json.writeStringField("reasonTitle", reason.title());
      json.writeStringField("reasonSummary", reason.summary());
      json.writeStringField("providerReplyTitle", e.providerReply().map(t -> t.value().title()).orElse(null));
      json.writeStringField("whatToDo", e.action());
      json.writeStringField("language", e.reason().language());
      Optional<Explanation> explained = e.reply();
      json.writeStringField("reply",
          explained.map(x -> ReplyFormatter.format(x.reply(), "\n").stripTrailing()).orElse(null));
      json.writeStringField("text", report.text());
      json.writeStringField("class", explained.map(x -> x.replyClass().name()).orElse(null));
      json.writeStringField("bounce", explained.map(x -> x.bounce().name()).orElse(null));
      json.writeStringField("subject", explained.map(x -> x.subject().name()).orElse(null));
      json.writeStringField("classTitle", explained.map(x -> x.classGuide().value().title()).orElse(null));
      json.writeStringField("subjectTitle",
          explained.flatMap(x -> x.subjectGuide()).map(g -> g.value().title()).orElse(null));
      part(json, "basic", explained.flatMap(Explanation::basic));
      part(json, "enhancedCode", explained.flatMap(Explanation::enhanced));
      EntryText advice = explained.flatMap(Explanation::advice).orElse(null);
      json.writeStringField("sender", advice == null ? null : advice.sender());
      json.writeStringField("admin", advice == null ? null : advice.admin());
      json.writeStringField("retryAdvice", advice == null ? null : advice.retry());
      json.writeArrayFieldStart("fallbackLanguages");
      for (String language : explained.map(Explanation::fallbackLanguages).orElse(List.of())) {
        json.writeString(language);
      }
      json.writeEndArray();
    });
  }

  @Override
  public void noFailure(String file, int message, String subject, NoFailure kind) {
    print(json -> {
      json.writeStringField("file", file);
      json.writeNumberField("message", message);
      json.writeStringField("subject", subject);
      json.writeStringField("noFailure", kind.id());
    });
  }

  /** Writes one object of {@code fields} on a line of its own. */
  private void print(Fields fields) {
    StringWriter line = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(line)) {
      json.writeStartObject();
      fields.write(json);
      json.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    out.println(line);
    out.flush();
  }

  private static void number(JsonGenerator json, String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(name, value.getAsInt());
    } else {
      json.writeNullField(name);
    }
  }

  private static void part(JsonGenerator json, String name, Optional<Explanation.Part> part) throws IOException {
    if (part.isEmpty()) {
      json.writeNullField(name);
      return;
    }
    Explanation.Part p = part.get();
    json.writeObjectFieldStart(name);
    json.writeStringField("code", p.code());
    json.writeBooleanField("inCatalog", p.inCatalog());
    json.writeStringField("title", p.title());
    json.writeStringField("meaning", p.meaning());
    json.writeStringField("language", p.language());
    json.writeEndObject();
  }
}

package org.smtpreply.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
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
 */
final class JsonExplanationWriter implements ExplanationWriter {
  private final ObjectMapper json = new ObjectMapper();
  private final PrintWriter out;

  JsonExplanationWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(String file, int message, BounceExplanation e) {
    Diagnosis d = e.diagnosis();
    RecipientReport report = d.report();
    ObjectNode node = json.createObjectNode();
    node.put("file", file);
    if (message > 0) {
      node.put("message", message);
    } else {
      node.putNull("message");
    }
    node.put("recipient", report.recipient().orElse(null));
    node.put("action", report.action().id());
    if (report.code().isPresent()) {
      node.put("code", report.code().getAsInt());
    } else {
      node.putNull("code");
    }
    node.put("enhanced", report.enhanced().map(Object::toString).orElse(null));
    node.put("reason", d.reason().id());
    node.put("suppressAddress", d.suppressAddress());
    node.put("retry", d.retry());
    node.put("provider", d.provider().map(p -> p.id()).orElse(null));
    node.put("providerReply", d.providerReply().map(r -> r.id()).orElse(null));
    node.put("remoteMta", report.remoteMta().orElse(null));
    node.put("noFailure", (String) null);
    AdviceText reason = e.reason().value();
    node.put("reasonTitle", reason.title());
    node.put("reasonSummary", reason.summary());
    node.put("providerReplyTitle", e.providerReply().map(t -> t.value().title()).orElse(null));
    node.put("whatToDo", e.action());
    node.put("language", e.reason().language());
    Optional<Explanation> explained = e.reply();
    node.put("reply", explained.map(x -> ReplyFormatter.format(x.reply(), "\n").stripTrailing()).orElse(null));
    node.put("text", report.text());
    node.put("class", explained.map(x -> x.replyClass().name()).orElse(null));
    node.put("bounce", explained.map(x -> x.bounce().name()).orElse(null));
    node.put("subject", explained.map(x -> x.subject().name()).orElse(null));
    node.put("classTitle", explained.map(x -> x.classGuide().value().title()).orElse(null));
    node.put("subjectTitle", explained.flatMap(x -> x.subjectGuide()).map(g -> g.value().title()).orElse(null));
    explained.flatMap(Explanation::basic).ifPresentOrElse(p -> node.set("basic", part(p)), () -> node.putNull("basic"));
    explained.flatMap(Explanation::enhanced)
        .ifPresentOrElse(p -> node.set("enhancedCode", part(p)), () -> node.putNull("enhancedCode"));
    EntryText advice = explained.flatMap(Explanation::advice).orElse(null);
    node.put("sender", advice == null ? null : advice.sender());
    node.put("admin", advice == null ? null : advice.admin());
    node.put("retryAdvice", advice == null ? null : advice.retry());
    node.set("fallbackLanguages", json.valueToTree(explained.map(Explanation::fallbackLanguages)
        .orElse(List.of())));
    print(node);
  }

  @Override
  public void noFailure(String file, int message, String subject, NoFailure kind) {
    ObjectNode node = json.createObjectNode();
    node.put("file", file);
    node.put("message", message);
    node.put("subject", subject);
    node.put("noFailure", kind.id());
    print(node);
  }

  private void print(ObjectNode node) {
    try {
      out.println(json.writeValueAsString(node));
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
    out.flush();
  }

  private ObjectNode part(Explanation.Part part) {
    ObjectNode node = json.createObjectNode();
    node.put("code", part.code());
    node.put("inCatalog", part.inCatalog());
    node.put("title", part.title());
    node.put("meaning", part.meaning());
    node.put("language", part.language());
    return node;
  }
}

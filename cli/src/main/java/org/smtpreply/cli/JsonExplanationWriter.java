package org.smtpreply.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.explain.Explanation;
import org.smtpreply.core.ReplyFormatter;

/**
 * Writes explanations for programs: one JSON object per reply, one per line (JSON Lines), with
 * the fields in a fixed order. Enum values are the API's constant names ({@code HARD}).
 */
final class JsonExplanationWriter implements ExplanationWriter {
  private final ObjectMapper json = new ObjectMapper();
  private final PrintWriter out;

  JsonExplanationWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(Explanation e) {
    ObjectNode node = json.createObjectNode();
    node.put("reply", ReplyFormatter.format(e.reply(), "\n").stripTrailing());
    if (e.reply().code().isPresent()) {
      node.put("code", e.reply().code().getAsInt());
    } else {
      node.putNull("code");
    }
    node.put("enhanced", e.reply().enhanced().map(Object::toString).orElse(null));
    node.put("text", e.reply().text());
    node.put("class", e.replyClass().name());
    node.put("bounce", e.bounce().name());
    node.put("subject", e.subject().name());
    node.put("language", e.locale());
    node.put("classTitle", e.classGuide().value().title());
    node.put("subjectTitle", e.subjectGuide().map(g -> g.value().title()).orElse(null));
    e.basic().ifPresentOrElse(p -> node.set("basic", part(p)), () -> node.putNull("basic"));
    e.enhanced().ifPresentOrElse(p -> node.set("enhancedCode", part(p)), () -> node.putNull("enhancedCode"));
    EntryText advice = e.advice().orElse(null);
    node.put("sender", advice == null ? null : advice.sender());
    node.put("admin", advice == null ? null : advice.admin());
    node.put("retry", advice == null ? null : advice.retry());
    node.set("fallbackLanguages", json.valueToTree(e.fallbackLanguages()));
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

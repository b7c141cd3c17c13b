package org.smtpreply.catalog.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogFigures;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.GuideText;
import org.smtpreply.catalog.Localized;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.catalog.RfcReference;
import org.smtpreply.i18n.SiteLocale;

/**
 * Writes the whole catalog (facts, the texts of every locale, the guides and the figures) as one
 * JSON document, described by {@code catalog/schema/catalog.schema.json}. The output is UTF-8,
 * indented with two spaces and LF line ends, with keys in a fixed order: the same catalog always
 * gives the same bytes.
 */
public final class CatalogJson {
  /** The version of the document's layout; it changes when a field changes meaning or goes away. */
  public static final int FORMAT = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private CatalogJson() {}

  /** Writes {@code catalog} to {@code out} as JSON; {@code out} is flushed, not closed. */
  public static void write(Catalog catalog, OutputStream out) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    try {
      MAPPER.writer(printer).writeValue(out, document(catalog));
      out.write("\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the catalog as JSON: " + e.getMessage(), e);
    }
  }

  private static ObjectNode document(Catalog catalog) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("sourceLocale", catalog.locales().source().tag());
    ArrayNode locales = root.putArray("locales");
    for (SiteLocale locale : catalog.locales().all()) {
      locales.addObject().put("tag", locale.tag()).put("name", locale.name());
    }
    root.set("figures", figures(CatalogFigures.of(catalog)));
    ArrayNode basic = root.putArray("basicCodes");
    for (ReplyCode code : catalog.basicCodes()) {
      basic.add(basic(catalog, code));
    }
    ArrayNode enhanced = root.putArray("enhancedCodes");
    for (EnhancedCode code : catalog.enhancedCodes()) {
      enhanced.add(enhanced(catalog, code));
    }
    ArrayNode guides = root.putArray("guides");
    for (String id : catalog.guideIds()) {
      ObjectNode guide = guides.addObject().put("id", id);
      ObjectNode texts = guide.putObject("texts");
      for (SiteLocale locale : catalog.locales().all()) {
        Localized<GuideText> text = catalog.guide(id, locale.tag());
        if (!text.isFallbackFor(locale.tag())) {
          texts.set(locale.tag(), guideText(text.value()));
        }
      }
    }
    return root;
  }

  private static ObjectNode figures(CatalogFigures figures) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("basicCodes", figures.basic());
    node.put("nonStandardBasicCodes", figures.nonStandard());
    node.put("enhancedCodes", figures.enhanced());
    ObjectNode translated = node.putObject("translatedEntries");
    figures.translated().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> translated.put(e.getKey(), e.getValue()));
    return node;
  }

  private static ObjectNode basic(Catalog catalog, ReplyCode code) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("code", code.code());
    node.put("constant", code.constant());
    node.put("class", code.code() / 100);
    node.put("bounce", code.bounce().id());
    node.put("standard", code.isStandard());
    code.origin().ifPresent(origin -> node.put("origin", origin));
    ArrayNode references = node.putArray("references");
    for (RfcReference ref : code.references()) {
      ObjectNode r = references.addObject().put("rfc", ref.rfc());
      if (!ref.section().isEmpty()) {
        r.put("section", ref.section());
      }
      r.put("url", ref.url());
    }
    strings(node.putArray("commands"), code.commands());
    strings(node.putArray("enhanced"), code.enhanced());
    code.related().forEach(node.putArray("related")::add);
    node.set("texts", texts(catalog, code.id(), tag -> catalog.text(code, tag).value()));
    return node;
  }

  private static ObjectNode enhanced(Catalog catalog, EnhancedCode code) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("code", code.code());
    node.put("constant", code.constant());
    node.put("subject", code.subject());
    node.put("detail", code.detail());
    code.classes().forEach(node.putArray("classes")::add);
    code.rfcs().forEach(node.putArray("rfcs")::add);
    code.basic().forEach(node.putArray("basic")::add);
    node.set("texts", texts(catalog, code.code(), tag -> catalog.text(code, tag).value()));
    return node;
  }

  /** The entry's own texts per locale tag; a locale that would fall back to another is left out. */
  private static ObjectNode texts(Catalog catalog, String id, Function<String, EntryText> textIn) {
    ObjectNode texts = MAPPER.createObjectNode();
    for (SiteLocale locale : catalog.locales().all()) {
      if (catalog.hasOwnText(id, locale.tag())) {
        texts.set(locale.tag(), entryText(textIn.apply(locale.tag())));
      }
    }
    return texts;
  }

  private static ObjectNode entryText(EntryText text) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("title", text.title());
    node.put("summary", text.summary());
    text.transientForm().ifPresent(t -> node.put("transient", t));
    text.permanentForm().ifPresent(t -> node.put("permanent", t));
    strings(node.putArray("causes"), text.causes());
    node.put("sender", text.sender());
    node.put("admin", text.admin());
    node.put("retry", text.retry());
    return node;
  }

  private static ObjectNode guideText(GuideText text) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("title", text.title());
    node.put("summary", text.summary());
    strings(node.putArray("body"), text.body());
    return node;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}

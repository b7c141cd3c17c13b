package org.smtpreply.catalog.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogFigures;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.GuideText;
import org.smtpreply.catalog.Localized;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.i18n.SiteLocale;

/**
 * Writes the whole catalog (facts, the texts of every locale, the guides and the figures) as one
 * JSON document, described by {@code catalog/schema/catalog.schema.json}: the records below, in
 * the order of their components, written by {@link JsonOutput#PRETTY}. The same catalog always
 * gives the same bytes.
 */
public final class CatalogJson {
  /** The version of the document's layout; it changes when a field changes meaning or goes away. */
  public static final int FORMAT = 1;

  /** The document. */
  record Document(int format, String sourceLocale, List<LocaleJson> locales, FiguresJson figures,
      List<BasicJson> basicCodes, List<EnhancedJson> enhancedCodes, List<GuideJson> guides) {}

  /** A locale: its BCP 47 tag and its name in itself. */
  record LocaleJson(String tag, String name) {}

  /** The catalog's figures. */
  record FiguresJson(int basicCodes, int nonStandardBasicCodes, int enhancedCodes,
      Map<String, Integer> translatedEntries) {}

  /** A basic code, with what derives from it (class, bounce kind, standard) and its own texts by locale. */
  record BasicJson(int code, String constant, @JsonProperty("class") int replyClass, String bounce,
      boolean standard, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> origin,
      List<ReferenceJson> references, List<String> commands, List<String> enhanced, List<Integer> related,
      Map<String, EntryText> texts) {}

  /** A place in an RFC, with its address. */
  record ReferenceJson(int rfc, @JsonInclude(JsonInclude.Include.NON_EMPTY) String section, String url) {}

  /** An enhanced code, with its subject and detail numbers and its own texts by locale. */
  record EnhancedJson(String code, String constant, int subject, int detail, List<Integer> classes,
      List<Integer> rfcs, List<Integer> basic, Map<String, EntryText> texts) {}

  /** A guide and its own texts by locale. */
  record GuideJson(String id, Map<String, GuideText> texts) {}

  private CatalogJson() {}

  /** Writes {@code catalog} to {@code out} as JSON; {@code out} is flushed, not closed. */
  public static void write(Catalog catalog, OutputStream out) {
    try {
      JsonOutput.PRETTY.writeValue(out, document(catalog));
      out.write("\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the catalog as JSON: " + e.getMessage(), e);
    }
  }

  private static Document document(Catalog catalog) {
    List<SiteLocale> all = catalog.locales().all();
    CatalogFigures figures = CatalogFigures.of(catalog);
    return new Document(
        FORMAT,
        catalog.locales().source().tag(),
        all.stream().map(l -> new LocaleJson(l.tag(), l.name())).toList(),
        new FiguresJson(figures.basic(), figures.nonStandard(), figures.enhanced(), new TreeMap<>(figures.translated())),
        catalog.basicCodes().stream().map(code -> basic(catalog, code)).toList(),
        catalog.enhancedCodes().stream().map(code -> new EnhancedJson(code.code(), code.constant(), code.subject(),
            code.detail(), code.classes(), code.rfcs(), code.basic(), texts(catalog, code.code(), all))).toList(),
        catalog.guideIds().stream().map(id -> new GuideJson(id, guides(catalog, id, all))).toList());
  }

  private static BasicJson basic(Catalog catalog, ReplyCode code) {
    return new BasicJson(code.code(), code.constant(), code.replyClass().digit(), code.bounce().id(),
        code.isStandard(), catalog.ownText(code.id(), catalog.locales().source().tag()).flatMap(EntryText::origin),
        code.references().stream().map(r -> new ReferenceJson(r.rfc(), r.section(), r.url())).toList(),
        code.commands(), code.enhanced(), code.related(), texts(catalog, code.id(), catalog.locales().all()));
  }

  /** The entry's own texts per locale tag; a locale that would fall back to another is left out. */
  private static Map<String, EntryText> texts(Catalog catalog, String id, List<SiteLocale> locales) {
    Map<String, EntryText> texts = new LinkedHashMap<>();
    for (SiteLocale locale : locales) {
      catalog.ownText(id, locale.tag()).ifPresent(text -> texts.put(locale.tag(), text));
    }
    return texts;
  }

  private static Map<String, GuideText> guides(Catalog catalog, String id, List<SiteLocale> locales) {
    Map<String, GuideText> texts = new LinkedHashMap<>();
    for (SiteLocale locale : locales) {
      Localized<GuideText> text = catalog.guide(id, locale.tag());
      if (!text.isFallbackFor(locale.tag())) {
        texts.put(locale.tag(), text.value());
      }
    }
    return texts;
  }
}

package org.smtpreply.catalog.translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smtpreply.catalog.AdviceText;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.GuideText;

/**
 * An entry's texts as an ordered map from field id to text, list items numbered from 1
 * ({@code title}, {@code causes.1}, {@code causes.2}, ...): the one shape that fingerprints,
 * exchange files and the file writer share.
 */
public final class EntryFields {
  private static final Pattern FIELD = Pattern.compile("([a-z]+)(?:\\.([1-9][0-9]*))?");

  private EntryFields() {}

  /** The source locale's fields of {@code entry}. */
  public static Map<String, String> source(Catalog catalog, CatalogEntry entry) {
    return own(catalog, entry, catalog.locales().source().tag()).orElseThrow();
  }

  /** The fields {@code tag} has of its own for {@code entry}, if it has a text for it. */
  public static Optional<Map<String, String>> own(Catalog catalog, CatalogEntry entry, String tag) {
    return switch (entry.kind()) {
      case GUIDE -> catalog.ownGuide(entry.id(), tag).map(EntryFields::of);
      case REASON -> catalog.ownReasonText(entry.id(), tag).map(EntryFields::of);
      case PROVIDER -> catalog.ownProviderText(entry.id(), tag).map(EntryFields::of);
      case BASIC, ENHANCED -> catalog.ownText(entry.id(), tag).map(EntryFields::of);
    };
  }

  /** The fields of a code's text. */
  public static Map<String, String> of(EntryText text) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", text.title());
    fields.put("summary", text.summary());
    text.transientForm().ifPresent(t -> fields.put("transient", t));
    text.permanentForm().ifPresent(t -> fields.put("permanent", t));
    list(fields, "causes", text.causes());
    fields.put("sender", text.sender());
    fields.put("admin", text.admin());
    fields.put("retry", text.retry());
    text.origin().ifPresent(o -> fields.put("origin", o));
    return fields;
  }

  /** The fields of a reason's, provider's or provider's reply's text. */
  public static Map<String, String> of(AdviceText text) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", text.title());
    fields.put("summary", text.summary());
    fields.put("action", text.action());
    return fields;
  }

  /** The fields of a guide. */
  public static Map<String, String> of(GuideText guide) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", guide.title());
    fields.put("summary", guide.summary());
    list(fields, "body", guide.body());
    return fields;
  }

  private static void list(Map<String, String> fields, String name, List<String> items) {
    for (int i = 0; i < items.size(); i++) {
      fields.put(name + "." + (i + 1), items.get(i));
    }
  }

  /**
   * {@code fields} (field id to text) as a file writes them: each list field's items gathered in a
   * list under the field's name, in the order of {@code kind}'s fields.
   */
  public static Map<String, Object> grouped(EntryKind kind, Map<String, String> fields) {
    Map<String, Object> grouped = new LinkedHashMap<>();
    for (String name : kind.fields()) {
      if (EntryKind.isList(name)) {
        List<String> items = new ArrayList<>();
        for (int i = 1; fields.containsKey(name + "." + i); i++) {
          items.add(fields.get(name + "." + i));
        }
        if (!items.isEmpty()) {
          grouped.put(name, items);
        }
      } else if (fields.containsKey(name)) {
        grouped.put(name, fields.get(name));
      }
    }
    return grouped;
  }

  /** The field name of {@code fieldId} ({@code causes} for {@code causes.2}), if it is one of {@code kind}'s. */
  public static Optional<String> name(EntryKind kind, String fieldId) {
    Matcher m = FIELD.matcher(fieldId);
    if (!m.matches() || !kind.fields().contains(m.group(1)) || EntryKind.isList(m.group(1)) != (m.group(2) != null)) {
      return Optional.empty();
    }
    return Optional.of(m.group(1));
  }
}

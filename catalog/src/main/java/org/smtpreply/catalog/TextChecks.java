package org.smtpreply.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.smtpreply.catalog.internal.CatalogSource;
import org.smtpreply.catalog.internal.Problems;
import org.smtpreply.catalog.internal.ReadFile;
import org.smtpreply.catalog.problem.ProblemKind;
import org.smtpreply.i18n.Fingerprint;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.SiteLocale;

/**
 * The rules between a locale's text files and the facts: a text for every entry (unless the locale
 * is partial), none for an entry that does not exist, the forms only on enhanced codes, guides the
 * source locale has, confirmations and fingerprints of entries that exist.
 */
final class TextChecks {
  private final Locales locales;
  private final CatalogSource source;
  private final FactChecks facts;
  private final Problems problems;

  TextChecks(Locales locales, CatalogSource source, FactChecks facts, Problems problems) {
    this.locales = locales;
    this.source = source;
    this.facts = facts;
    this.problems = problems;
  }

  /** The texts of {@code locale}'s {@code file} ({@code basic.yaml} or {@code enhanced.yaml}), checked. */
  Map<String, EntryText> entries(SiteLocale locale, ReadFile texts, String file, boolean enhanced) {
    Map<String, FactChecks.Place> places = enhanced ? facts.enhancedPlaces() : facts.basicPlaces();
    Map<String, EntryText> own = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : texts.root().properties()) {
      String id = e.getKey();
      String pointer = ReadFile.step(id);
      if (!places.containsKey(id)) {
        problems.add(ProblemKind.STRAY_TEXT, texts.file(), texts.keyPosition(pointer), id,
            "no such code in " + source.displayName(file) + "; add its facts there or remove this text");
        continue;
      }
      EntryText text = CatalogLoader.bind(e.getValue(), EntryText.class);
      if (!enhanced && (text.transientForm().isPresent() || text.permanentForm().isPresent())) {
        problems.add(ProblemKind.STRAY_TEXT, texts.file(), texts.keyPosition(pointer), id,
            "'transient' and 'permanent' are for enhanced codes only; remove them");
      }
      boolean nonStandard = !enhanced && facts.isNonStandard(id);
      if (text.origin().isPresent() && !nonStandard) {
        problems.add(ProblemKind.STRAY_TEXT, texts.file(), texts.keyPosition(pointer + "/origin"), id,
            "'origin' is for non-standard basic codes only (nonStandard: true in basic.yaml); remove it");
      } else if (text.origin().isEmpty() && nonStandard) {
        problems.add(ProblemKind.MISSING_FIELD, texts.file(), texts.keyPosition(pointer), id,
            "a non-standard code needs 'origin': say where it comes from (who uses it, where it is listed)");
      }
      own.put(id, text);
    }
    if (!locale.partial() && texts.isEmpty() && places.values().stream().anyMatch(place -> !isExtra(place))) {
      // One line for the file, rather than one per entry it should hold.
      problems.addFile(ProblemKind.MISSING_TEXT, texts.file(), "file is missing or empty, but the " + locale.name()
          + " texts of " + source.displayName(file) + " belong here; write them, or mark the locale partial: true"
          + " in locales.yaml");
    } else if (!locale.partial()) {
      places.forEach((id, place) -> {
        if (!own.containsKey(id) && !texts.root().has(id) && !isExtra(place)) {
          problems.add(ProblemKind.MISSING_TEXT, place.file(), place.position(), id, "has no " + locale.name()
              + " text in " + source.displayName(locale.tag() + "/" + file)
              + "; write it there, or mark the locale partial: true in locales.yaml");
        }
      });
    }
    return own;
  }

  private boolean isExtra(FactChecks.Place place) {
    return !place.file().equals(source.displayName(CatalogLoader.BASIC))
        && !place.file().equals(source.displayName(CatalogLoader.ENHANCED));
  }

  /**
   * The texts of {@code locale}'s {@code file} ({@code reasons.yaml} or {@code providers.yaml}),
   * checked against the ids defined in {@code facts} (where each is defined, by id).
   */
  Map<String, AdviceText> advice(SiteLocale locale, ReadFile texts, String file, Map<String, FactChecks.Place> facts) {
    Map<String, AdviceText> own = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : texts.root().properties()) {
      if (!facts.containsKey(e.getKey())) {
        problems.add(ProblemKind.STRAY_TEXT, texts.file(), texts.keyPosition(ReadFile.step(e.getKey())), e.getKey(),
            "no such id in " + source.displayName(file) + "; add it there or remove this text");
        continue;
      }
      own.put(e.getKey(), CatalogLoader.bind(e.getValue(), AdviceText.class));
    }
    if (!locale.partial()) {
      facts.forEach((id, place) -> {
        if (!own.containsKey(id)) {
          problems.add(ProblemKind.MISSING_TEXT, place.file(), place.position(), id, "has no " + locale.name()
              + " text in " + source.displayName(locale.tag() + "/" + file)
              + "; write it there, or mark the locale partial: true in locales.yaml");
        }
      });
    }
    return own;
  }

  /** The guides of {@code locale}, checked against the source locale's. */
  Map<String, GuideText> guides(SiteLocale locale, ReadFile guides, ReadFile sourceGuides) {
    Map<String, GuideText> own = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : guides.root().properties()) {
      if (!sourceGuides.root().has(e.getKey())) {
        problems.add(ProblemKind.STRAY_TEXT, guides.file(), guides.keyPosition(ReadFile.step(e.getKey())), e.getKey(),
            "no such guide in the " + locales.source().name() + " guides; remove it or add it there first");
      }
      own.put(e.getKey(), CatalogLoader.bind(e.getValue(), GuideText.class));
    }
    if (!locale.partial() && guides.isEmpty() && !sourceGuides.isEmpty()) {
      problems.addFile(ProblemKind.MISSING_TEXT, guides.file(), "file is missing or empty, but the " + locale.name()
          + " texts of the guides belong here; write them, or mark the locale partial: true in locales.yaml");
    } else if (!locale.partial()) {
      for (Iterator<String> it = sourceGuides.root().fieldNames(); it.hasNext(); ) {
        String id = it.next();
        if (!own.containsKey(id)) {
          problems.add(ProblemKind.MISSING_TEXT, sourceGuides.file(), sourceGuides.keyPosition(ReadFile.step(id)), id,
              "guide has no " + locale.name() + " text in " + source.displayName(locale.tag() + "/" + CatalogLoader.GUIDES)
                  + "; write it there, or mark the locale partial: true in locales.yaml");
        }
      }
    }
    if (guides.isEmpty() && sourceGuides.isEmpty()) {
      problems.addFile(ProblemKind.FILE_UNREADABLE, guides.file(), "file is missing or empty; the site needs its guides");
    }
    return own;
  }

  /**
   * Each translated locale's {@code confirmed.yaml}: for each entry a translator confirmed, the
   * source text of each field (list items numbered from 1: {@code causes.2}) it was confirmed
   * against. A missing file means nothing was confirmed field by field.
   */
  Map<String, Map<String, String>> confirmed(SiteLocale locale, ReadFile file, ReadFile sourceGuides,
      BounceChecks bounces) {
    Map<String, Map<String, String>> confirmed = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : file.root().properties()) {
      String id = e.getKey();
      if (unknown(locale, file, id, sourceGuides, bounces)) {
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : e.getValue().properties()) {
        JsonNode value = field.getValue();
        if (value.isArray()) {
          for (int i = 0; i < value.size(); i++) {
            fields.put(field.getKey() + "." + (i + 1), value.get(i).asText().strip());
          }
        } else {
          fields.put(field.getKey(), value.asText().strip());
        }
      }
      confirmed.put(id, fields);
    }
    return confirmed;
  }

  /** Whether {@code id}, a key of a locale's confirmations {@code file}, is no entry of the catalog; reports it if so. */
  private boolean unknown(SiteLocale locale, ReadFile file, String id, ReadFile sourceGuides, BounceChecks bounces) {
    boolean known = sourceGuides.root().has(id) || facts.enhancedPlaces().containsKey(id)
        || facts.basicPlaces().containsKey(id) || bounces.reasonPlaces().containsKey(id)
        || bounces.providerPlaces().containsKey(id);
    if (!known) {
      problems.add(ProblemKind.BAD_FINGERPRINT, file.file(), file.keyPosition(ReadFile.step(id)), id,
          "no such entry in the catalog; run `smtp-reply translations confirm --locale " + locale.tag()
              + "` to rewrite this file");
    }
    return !known;
  }

  /**
   * Each translated locale's {@code fingerprints.yaml}, as older catalogs wrote it: for each entry a
   * translator confirmed, the fingerprint of the whole source text it was confirmed against. A
   * missing file means nothing was confirmed that way.
   */
  Map<String, String> fingerprints(SiteLocale locale, ReadFile file, ReadFile sourceGuides, BounceChecks bounces) {
    Map<String, String> confirmed = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : file.root().properties()) {
      String id = e.getKey();
      if (unknown(locale, file, id, sourceGuides, bounces)) {
        continue;
      }
      if (!Fingerprint.isWellFormed(e.getValue().asText())) {
        problems.add(ProblemKind.BAD_FINGERPRINT, file.file(), file.position(ReadFile.step(id)), id,
            "a fingerprint is " + Fingerprint.LENGTH + " hex digits; run `smtp-reply translations confirm --locale "
                + locale.tag() + "` to rewrite this file");
      } else {
        confirmed.put(id, e.getValue().asText());
      }
    }
    return confirmed;
  }
}

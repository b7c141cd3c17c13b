package org.smtpreply.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.smtpreply.catalog.internal.Problems;
import org.smtpreply.catalog.internal.ReadFile;
import org.smtpreply.catalog.problem.ProblemKind;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.SiteLocale;

/**
 * The extra catalog files an organization adds: its own non-standard basic codes, facts and texts
 * in one file each (format: catalog/data/README.md, shape: {@code extra.schema.json}), and beside
 * each, optionally, the fingerprints a translator confirmed its texts against ({@code
 * extra-fingerprints.schema.json}). An extra code may not redefine a catalog code; otherwise it
 * obeys every rule a built-in code does. Its source-locale text is required; a text missing in
 * another locale is a missing translation, which the translation status reports, not an error.
 */
final class ExtraCatalogs {
  /** The suffix that names the fingerprints file beside an extra file: {@code x.yaml} has {@code x.fingerprints.yaml}. */
  static final String FINGERPRINTS_SUFFIX = ".fingerprints.yaml";

  /**
   * The extra codes that passed.
   *
   * @param codes     their facts, in file order
   * @param texts     their texts, by locale tag, then by code
   * @param locations where each is defined, {@code file:line:column}, by code
   * @param prints    the recorded fingerprints, by locale tag, then by code
   */
  record Extras(List<ReplyCode> codes, Map<String, Map<String, EntryText>> texts, Map<String, String> locations,
      Map<String, Map<String, String>> prints) {}

  /** The fingerprints file beside the extra file {@code name} ({@code extra-catalog.yaml}). */
  static String fingerprintsOf(String name) {
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name) + FINGERPRINTS_SUFFIX;
  }

  private final Locales locales;
  private final Problems problems;

  ExtraCatalogs(Locales locales, Problems problems) {
    this.locales = locales;
    this.problems = problems;
  }

  /**
   * Checks the entries of {@code files} against {@code facts}, which gains the codes that pass, and
   * the fingerprints files {@code prints} beside them (the same order; empty when absent).
   */
  Extras check(List<ReadFile> files, List<ReadFile> prints, FactChecks facts) {
    List<ReplyCode> codes = new ArrayList<>();
    Map<String, Map<String, EntryText>> texts = new LinkedHashMap<>();
    Map<String, String> locations = new LinkedHashMap<>();
    Map<String, Map<String, String>> recorded = new LinkedHashMap<>();
    Map<Integer, FactChecks.Place> seen = new HashMap<>();
    for (int f = 0; f < files.size(); f++) {
      ReadFile file = files.get(f);
      List<String> ids = new ArrayList<>();
      JsonNode items = file.root();
      for (int i = 0; i < items.size(); i++) {
        String pointer = "/" + i;
        JsonNode item = items.get(i);
        ReplyCode bound = CatalogLoader.bind(item, ReplyCode.class);
        // Every extra code is non-standard; where it comes from is the 'origin' of its texts.
        ReplyCode code = new ReplyCode(bound.code(), bound.constant(), bound.references(), true,
            bound.commands(), bound.enhanced(), bound.related());
        String id = code.id();
        FactChecks.Place place = new FactChecks.Place(file.file(), file.position(pointer));
        FactChecks.Place first = seen.get(code.code());
        if (first != null) {
          problems.add(ProblemKind.DUPLICATE, file.file(), place.position(), id,
              "code is defined twice (first at " + first.file() + ":" + (first.position() >>> 32) + "); remove one");
          continue;
        }
        if (facts.hasBasic(code.code())) {
          problems.add(ProblemKind.REDEFINED, file.file(), place.position(), id, "the built-in catalog already defines "
              + id + "; an extra catalog adds codes and cannot redefine one, so choose a code it does not have");
          continue;
        }
        seen.put(code.code(), place);
        facts.constant(code.constant(), id, place, pointer + "/constant", file);
        facts.checkEntry(code, file.file(), suffix -> file.position(pointer + suffix));
        JsonNode written = item.path("texts");
        for (Iterator<String> it = written.fieldNames(); it.hasNext(); ) {
          String tag = it.next();
          if (locales.find(tag).isEmpty()) {
            problems.add(ProblemKind.STRAY_TEXT, file.file(), file.keyPosition(pointer + "/texts" + ReadFile.step(tag)), id,
                "'texts' has no locale '" + tag + "'; the catalog's locales are "
                    + locales.all().stream().map(SiteLocale::tag).collect(Collectors.joining(", ")));
          }
        }
        for (SiteLocale locale : locales.all()) {
          JsonNode text = written.get(locale.tag());
          if (text != null) {
            texts.computeIfAbsent(locale.tag(), t -> new LinkedHashMap<>())
                .put(id, CatalogLoader.bind(text, EntryText.class));
          } else if (locale.equals(locales.source())) {
            problems.add(ProblemKind.MISSING_TEXT, file.file(), place.position(), id,
                "has no " + locale.name() + " text; write it under 'texts', key " + locale.tag());
          }
        }
        facts.addExtra(code, place);
        codes.add(code);
        ids.add(id);
        long at = place.position();
        locations.put(id, file.file() + ":" + (at >>> 32) + ":" + (int) at);
      }
      fingerprints(prints.get(f), file, ids, recorded);
    }
    return new Extras(codes, texts, locations, recorded);
  }

  /** Reads {@code prints}, the fingerprints beside {@code file}, whose codes are {@code ids}. */
  private void fingerprints(ReadFile prints, ReadFile file, List<String> ids, Map<String, Map<String, String>> into) {
    for (Map.Entry<String, JsonNode> byLocale : prints.root().properties()) {
      String tag = byLocale.getKey();
      if (locales.targets().stream().noneMatch(l -> l.tag().equals(tag))) {
        problems.add(ProblemKind.BAD_FINGERPRINT, prints.file(), prints.keyPosition(ReadFile.step(tag)), tag,
            "'" + tag + "' is not a translated locale of the catalog; run `smtp-reply translations confirm --catalog "
                + file.file() + "` to rewrite this file");
        continue;
      }
      for (Map.Entry<String, JsonNode> e : byLocale.getValue().properties()) {
        String pointer = ReadFile.step(tag) + ReadFile.step(e.getKey());
        if (!ids.contains(e.getKey())) {
          problems.add(ProblemKind.BAD_FINGERPRINT, prints.file(), prints.keyPosition(pointer), e.getKey(),
              "no such code in " + file.file() + "; run `smtp-reply translations confirm --catalog " + file.file()
                  + "` to rewrite this file");
        } else {
          into.computeIfAbsent(tag, t -> new LinkedHashMap<>()).put(e.getKey(), e.getValue().asText());
        }
      }
    }
  }
}

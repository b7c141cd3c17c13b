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
 * in one file each (format: catalog/data/README.md, shape: {@code extra.schema.json}). An extra code
 * may not redefine a catalog code; otherwise it obeys every rule a built-in code does.
 */
final class ExtraCatalogs {
  /**
   * The extra codes that passed.
   *
   * @param codes their facts, in file order
   * @param texts their texts, by locale tag, then by code
   */
  record Extras(List<ReplyCode> codes, Map<String, Map<String, EntryText>> texts) {}

  private final Locales locales;
  private final Problems problems;

  ExtraCatalogs(Locales locales, Problems problems) {
    this.locales = locales;
    this.problems = problems;
  }

  /** Checks the entries of {@code files} against {@code facts}, which gains the codes that pass. */
  Extras check(List<ReadFile> files, FactChecks facts) {
    List<ReplyCode> codes = new ArrayList<>();
    Map<String, Map<String, EntryText>> texts = new LinkedHashMap<>();
    Map<Integer, FactChecks.Place> seen = new HashMap<>();
    for (ReadFile file : files) {
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
          if (text == null) {
            problems.add(ProblemKind.MISSING_TEXT, file.file(), place.position(), id,
                "has no " + locale.name() + " text; write it under 'texts', key " + locale.tag());
          } else {
            texts.computeIfAbsent(locale.tag(), t -> new LinkedHashMap<>())
                .put(id, CatalogLoader.bind(text, EntryText.class));
          }
        }
        facts.addExtra(code, place);
        codes.add(code);
      }
    }
    return new Extras(codes, texts);
  }
}

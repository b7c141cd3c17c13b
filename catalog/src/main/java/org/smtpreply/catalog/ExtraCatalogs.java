package org.smtpreply.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smtpreply.catalog.internal.CatalogSource;
import org.smtpreply.catalog.internal.Located;
import org.smtpreply.catalog.internal.Problems;
import org.smtpreply.catalog.internal.RawBasic;
import org.smtpreply.catalog.internal.RawExtra;
import org.smtpreply.catalog.internal.RawText;
import org.smtpreply.catalog.internal.YamlFiles;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.SiteLocale;

/**
 * Reads the extra catalog files an organization adds to the built-in catalog: its own
 * non-standard basic codes, facts and texts in one file each (format: catalog/data/README.md).
 * What only extras must obey is checked here; the loader then checks them like built-in entries.
 */
final class ExtraCatalogs {
  private final Locales locales;
  private final Problems problems;

  /**
   * One extra code, ready for the loader's common checks.
   *
   * @param facts its facts, located in the extra file
   * @param texts its texts by locale tag, located at the entry
   */
  record Extra(Located<RawBasic> facts, Map<String, Located<RawText>> texts) {}

  ExtraCatalogs(Locales locales, Problems problems) {
    this.locales = locales;
    this.problems = problems;
  }

  /** The extra codes of {@code files}, by code; {@code builtIn} holds the codes they may not redefine. */
  Map<Integer, Extra> read(List<Path> files, Map<Integer, Located<RawBasic>> builtIn) {
    Map<Integer, Extra> extras = new LinkedHashMap<>();
    Map<String, String> constants = new HashMap<>();
    builtIn.forEach((code, located) -> constants.put(located.value().constant(), located.where()));
    for (Path file : files) {
      Path absolute = file.toAbsolutePath();
      YamlFiles yaml = new YamlFiles(CatalogSource.directory(absolute.getParent()), problems);
      for (Located<RawExtra> entry : yaml.readList(absolute.getFileName().toString(), RawExtra.class)) {
        if (entry.value() != null) {
          check(entry, builtIn, extras, constants);
        }
      }
    }
    return extras;
  }

  private void check(Located<RawExtra> entry, Map<Integer, Located<RawBasic>> builtIn,
      Map<Integer, Extra> extras, Map<String, String> constants) {
    RawExtra raw = entry.value();
    String where = entry.where();
    if (raw.code() == null) {
      problems.add(where, "(no code)", "missing field 'code'; give the three-digit reply code");
      return;
    }
    String id = raw.code().toString();
    if (raw.code() < 200 || raw.code() > 599) {
      problems.add(where, id, "code must be three digits from 200 to 599 (2xx to 5xx)");
      return;
    }
    if (builtIn.containsKey(raw.code())) {
      problems.add(where, id, "the built-in catalog already defines " + id
          + "; an extra catalog adds codes and cannot redefine one, so choose a code it does not have");
      return;
    }
    if (extras.containsKey(raw.code())) {
      problems.add(where, id, "code is defined twice (first at " + extras.get(raw.code()).facts().where() + "); remove one");
      return;
    }
    if (raw.origin() == null || raw.origin().isBlank()) {
      problems.add(where, id, "an extra code is non-standard: give 'origin', who uses it (your product or organization)");
    }
    if (raw.constant() != null) {
      String earlier = constants.putIfAbsent(raw.constant(), where);
      if (earlier != null) {
        problems.add(where, id, "constant " + raw.constant() + " is already used at " + earlier + "; choose another name");
      }
    }
    Map<String, Located<RawText>> texts = new LinkedHashMap<>();
    Map<String, RawText> written = raw.texts() == null ? Map.of() : raw.texts();
    for (String tag : written.keySet()) {
      if (locales.find(tag).isEmpty()) {
        problems.add(where, id, "'texts' has no locale '" + tag + "'; the catalog's locales are "
            + String.join(", ", tags()));
      }
    }
    for (SiteLocale locale : locales.all()) {
      RawText text = written.get(locale.tag());
      if (text == null) {
        problems.add(where, id, "has no " + locale.name() + " text; write it under 'texts', key " + locale.tag());
      } else {
        texts.put(locale.tag(), new Located<>(text, entry.file(), entry.line(), entry.column()));
      }
    }
    extras.put(raw.code(), new Extra(new Located<>(raw.facts(), entry.file(), entry.line(), entry.column()), texts));
  }

  private List<String> tags() {
    List<String> tags = new ArrayList<>();
    locales.all().forEach(l -> tags.add(l.tag()));
    return tags;
  }
}

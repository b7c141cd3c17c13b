package org.smtpreply.catalog.translation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.smtpreply.i18n.TranslationState;

/**
 * Where one entry's translation stands in one locale.
 *
 * @param entry the entry
 * @param title its title in the source locale, to name it in reports
 * @param state translated, missing or stale
 * @param stale for a stale entry, each field (by field id, such as {@code causes.2}) whose source
 *              text changed since the translation was confirmed, with that source text as it was
 *              when confirmed, if it is known; empty otherwise
 */
public record EntryStatus(CatalogEntry entry, String title, TranslationState state, Map<String, Optional<String>> stale) {

  /** Copies the map, keeping its order. */
  public EntryStatus {
    stale = Collections.unmodifiableMap(new LinkedHashMap<>(stale));
  }
}

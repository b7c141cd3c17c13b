package org.smtpreply.catalog.translation;

import org.smtpreply.i18n.TranslationState;

/**
 * Where one entry's translation stands in one locale.
 *
 * @param entry the entry
 * @param title its title in the source locale, to name it in reports
 * @param state translated, missing or stale
 */
public record EntryStatus(CatalogEntry entry, String title, TranslationState state) {}

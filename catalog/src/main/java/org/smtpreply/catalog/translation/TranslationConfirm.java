package org.smtpreply.catalog.translation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogLoader;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.SiteLocale;

/**
 * Records that a translator checked a locale's texts against the current source texts: stores
 * the source text of each field, which clears their stale mark until the source changes again.
 */
public final class TranslationConfirm {
  private TranslationConfirm() {}

  /**
   * Confirms the texts of {@code tag} in the catalog folder {@code root}: those of the entries
   * {@code ids} (a code, {@code X.1.1}, or a guide id), or every text the locale has when empty.
   * Returns how many confirmations changed.
   */
  public static int confirm(Path root, String tag, List<String> ids) {
    Locales locales = Locales.load(root);
    SiteLocale locale = locales.targets().stream().filter(l -> l.tag().equalsIgnoreCase(tag)).findFirst()
        .orElseThrow(() -> new I18nException("'" + tag + "' is not a translated locale of this catalog ("
            + locales.targets().stream().map(SiteLocale::tag).toList() + ")"));
    Catalog catalog = CatalogLoader.directory(root).withLocales(locales).load();
    List<CatalogEntry> entries = CatalogEntry.all(catalog);
    for (String id : ids) {
      CatalogEntry entry = entries.stream().filter(e -> e.id().equals(id)).findFirst()
          .orElseThrow(() -> new I18nException("entry '" + id + "' is not in the catalog; give a code such as 550 or X.1.1, or a guide id"));
      if (EntryFields.own(catalog, entry, locale.tag()).isEmpty()) {
        throw new I18nException("entry '" + id + "' has no " + locale.name() + " text to confirm; write it in "
            + entry.kind().file(locale.tag()) + " first");
      }
    }
    LocaleFileWriter writer = new LocaleFileWriter(root, catalog, locale);
    int changed = 0;
    for (CatalogEntry entry : entries) {
      boolean own = EntryFields.own(catalog, entry, locale.tag()).isPresent();
      if (!own) {
        changed += writer.confirm(entry, Optional.empty()) ? 1 : 0;
      } else if (ids.isEmpty() || ids.contains(entry.id())) {
        changed += writer.confirm(entry, Optional.of(EntryFields.source(catalog, entry))) ? 1 : 0;
      }
    }
    writer.commit();
    return changed;
  }
}

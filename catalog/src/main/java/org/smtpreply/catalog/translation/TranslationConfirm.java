package org.smtpreply.catalog.translation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogLoader;
import org.smtpreply.i18n.Fingerprint;
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
    return confirm(TranslationFiles.folder(root), tag, ids);
  }

  /**
   * Confirms the texts of {@code tag} in {@code files}: those of the entries {@code ids}, or every
   * text the locale has among the entries worked on when empty. An extra catalog's confirmations
   * go to the fingerprints file beside it. Returns how many confirmations changed.
   */
  public static int confirm(TranslationFiles files, String tag, List<String> ids) {
    Locales locales = files.locales();
    SiteLocale locale = locales.targets().stream().filter(l -> l.tag().equalsIgnoreCase(tag)).findFirst()
        .orElseThrow(() -> new I18nException("'" + tag + "' is not a translated locale of this catalog ("
            + locales.targets().stream().map(SiteLocale::tag).toList() + ")"));
    CatalogLoader loader = files.loader(locales);
    Catalog catalog = loader.load();
    List<CatalogEntry> entries = CatalogEntry.all(catalog).stream().filter(e -> files.covers(catalog, e)).toList();
    for (String id : ids) {
      CatalogEntry entry = entries.stream().filter(e -> e.id().equals(id)).findFirst()
          .orElseThrow(() -> new I18nException("entry '" + id + "' is not in the " + (files.onlyExtras()
              ? "extra catalog; give one of its codes" : "catalog; give a code such as 550 or X.1.1, or a guide id")));
      if (EntryFields.own(catalog, entry, locale.tag()).isEmpty()) {
        throw new I18nException("entry '" + id + "' has no " + locale.name() + " text to confirm; write it in "
            + catalog.extraLocation(id).orElse(entry.kind().file(locale.tag())) + " first");
      }
    }
    Optional<LocaleFileWriter> writer = files.folder().map(root -> new LocaleFileWriter(root, catalog, locale));
    ExtraFileWriter extras = new ExtraFileWriter(catalog, files.extras(), loader, locale);
    int changed = 0;
    for (CatalogEntry entry : entries) {
      boolean own = EntryFields.own(catalog, entry, locale.tag()).isPresent();
      if (own && !ids.isEmpty() && !ids.contains(entry.id())) {
        continue;
      }
      Optional<Map<String, String>> sources = own ? Optional.of(EntryFields.source(catalog, entry)) : Optional.empty();
      if (catalog.isExtra(entry.id())) {
        // An extra catalog records one fingerprint for the whole entry, beside its file.
        Optional<String> before = catalog.isAuthored(entry.id(), locale.tag()) ? Optional.empty()
            : catalog.confirmedFingerprint(entry.id(), locale.tag());
        Optional<String> wanted = sources.map(Fingerprint::of);
        if (!wanted.equals(before)) {
          extras.fingerprint(entry, wanted);
          changed++;
        }
      } else {
        changed += writer.orElseThrow().confirm(entry, sources) ? 1 : 0;
      }
    }
    FileTransaction.commit(writer, extras);
    return changed;
  }
}

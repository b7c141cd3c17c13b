package org.smtpreply.catalog.translation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogLoader;
import org.smtpreply.i18n.Locales;

/**
 * The files the translation commands read and write: a catalog folder, extra catalog files, or
 * both. Without a folder, the built-in catalog is read (and never written) and only the extra
 * files' entries are worked on: an organization translating its own codes.
 *
 * @param folder a catalog folder laid out like {@code catalog/data}, if one is worked on
 * @param extras extra catalog files, each with its fingerprints file beside it
 */
public record TranslationFiles(Optional<Path> folder, List<Path> extras) {

  /** Copies the list. */
  public TranslationFiles {
    extras = List.copyOf(extras);
  }

  /** The catalog folder {@code root} alone. */
  public static TranslationFiles folder(Path root) {
    return new TranslationFiles(Optional.of(root), List.of());
  }

  /** Whether only the extra files' entries are worked on (no folder was given). */
  public boolean onlyExtras() {
    return folder.isEmpty();
  }

  /** The locales: the folder's, or the built-in ones. */
  public Locales locales() {
    return folder.map(Locales::load).orElseGet(Locales::load);
  }

  /** A loader of the catalog these files make, for {@code locales}. */
  public CatalogLoader loader(Locales locales) {
    return folder.map(CatalogLoader::directory).orElseGet(CatalogLoader::builtIn).withLocales(locales).withExtras(extras);
  }

  /** Whether {@code entry} is worked on: every entry with a folder, else the extra files' ones. */
  public boolean covers(Catalog catalog, CatalogEntry entry) {
    return !onlyExtras() || catalog.isExtra(entry.id());
  }
}

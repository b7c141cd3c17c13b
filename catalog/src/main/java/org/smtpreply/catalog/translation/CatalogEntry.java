package org.smtpreply.catalog.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.ReplyCode;

/**
 * One translatable entry of the catalog: a basic code, an enhanced code or a guide.
 *
 * @param kind its kind
 * @param id   its key in the locale files: {@code 550}, {@code X.1.1}, {@code bounces}
 */
public record CatalogEntry(EntryKind kind, String id) {

  /** Every entry of {@code catalog}: basic codes, enhanced codes, then guides, each in catalog order. */
  public static List<CatalogEntry> all(Catalog catalog) {
    List<CatalogEntry> entries = new ArrayList<>();
    for (ReplyCode code : catalog.basicCodes()) {
      entries.add(new CatalogEntry(EntryKind.BASIC, code.id()));
    }
    for (EnhancedCode code : catalog.enhancedCodes()) {
      entries.add(new CatalogEntry(EntryKind.ENHANCED, code.code()));
    }
    for (String id : catalog.guideIds()) {
      entries.add(new CatalogEntry(EntryKind.GUIDE, id));
    }
    return entries;
  }

  /** The entry of {@code catalog} whose {@link #unitId()} is {@code unitId}, if there is one. */
  public static Optional<CatalogEntry> ofUnitId(Catalog catalog, String unitId) {
    return all(catalog).stream().filter(e -> e.unitId().equals(unitId)).findFirst();
  }

  /** Its id in exchange files, unique across kinds: {@code basic.550}, {@code guides.bounces}. */
  public String unitId() {
    return kind.prefix() + "." + id;
  }
}

package org.smtpreply.catalog.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.Provider;
import org.smtpreply.catalog.ProviderReply;
import org.smtpreply.catalog.Reason;
import org.smtpreply.catalog.ReplyCode;

/**
 * One translatable entry of the catalog: a basic code, an enhanced code, a guide, a reason, a
 * provider or a provider's reply.
 *
 * @param kind its kind
 * @param id   its key in the locale files: {@code 550}, {@code X.1.1}, {@code bounces}
 */
public record CatalogEntry(EntryKind kind, String id) {

  /**
   * Every entry of {@code catalog}: basic codes, enhanced codes, guides, reasons, then each
   * provider followed by its replies, each in catalog order.
   */
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
    for (Reason reason : catalog.reasons()) {
      entries.add(new CatalogEntry(EntryKind.REASON, reason.id()));
    }
    for (Provider provider : catalog.providers()) {
      entries.add(new CatalogEntry(EntryKind.PROVIDER, provider.id()));
      for (ProviderReply reply : provider.replies()) {
        entries.add(new CatalogEntry(EntryKind.PROVIDER, reply.id()));
      }
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

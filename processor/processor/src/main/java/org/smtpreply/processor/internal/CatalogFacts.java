package org.smtpreply.processor.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.ReplyCode;

/**
 * What the processor needs from the catalog: its codes and each entry's title in the source
 * locale. Read from a snapshot made when the processor is built ({@link CatalogSnapshot}), so that
 * a compilation does not parse the catalog's YAML; made from a loaded {@link Catalog} when extra
 * catalog files are given.
 */
public final class CatalogFacts {

  private final Map<Integer, ReplyCode> basic = new LinkedHashMap<>();
  private final Map<String, EnhancedCode> enhanced = new LinkedHashMap<>();
  private final Map<String, String> titles;

  /** Facts of {@code basic} and {@code enhanced} codes (in catalog order) with titles by entry id. */
  public CatalogFacts(List<ReplyCode> basic, List<EnhancedCode> enhanced, Map<String, String> titles) {
    basic.forEach(c -> this.basic.put(c.code(), c));
    enhanced.forEach(c -> this.enhanced.put(c.code(), c));
    this.titles = Map.copyOf(titles);
  }

  /** The facts of a loaded catalog, with titles in its source locale. */
  public static CatalogFacts of(Catalog catalog) {
    String source = catalog.locales().source().tag();
    Map<String, String> titles = new LinkedHashMap<>();
    catalog.basicCodes().forEach(c -> titles.put(c.id(), catalog.text(c, source).value().title()));
    catalog.enhancedCodes().forEach(c -> titles.put(c.code(), catalog.text(c, source).value().title()));
    return new CatalogFacts(catalog.basicCodes(), catalog.enhancedCodes(), titles);
  }

  /** Every basic reply code, in ascending order. */
  public List<ReplyCode> basicCodes() {
    return List.copyOf(basic.values());
  }

  /** Every enhanced status code, ordered by subject then detail. */
  public List<EnhancedCode> enhancedCodes() {
    return List.copyOf(enhanced.values());
  }

  /** The basic reply code {@code code}, if the catalog has it. */
  public Optional<ReplyCode> basic(int code) {
    return Optional.ofNullable(basic.get(code));
  }

  /** The enhanced code written {@code 5.1.1} or {@code X.1.1}, if the registry has it (class not checked). */
  public Optional<EnhancedCode> enhanced(String code) {
    return EnhancedCode.registryForm(code).map(enhanced::get);
  }

  /** The source-locale title of the entry {@code id} ({@code 550} or {@code X.1.1}). */
  public String title(String id) {
    return titles.getOrDefault(id, "");
  }

  /** The titles by entry id. */
  Map<String, String> titles() {
    return titles;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CatalogFacts other && basic.equals(other.basic) && enhanced.equals(other.enhanced)
        && titles.equals(other.titles);
  }

  @Override
  public int hashCode() {
    return basic.hashCode() * 31 + enhanced.hashCode();
  }
}

package org.smtpreply.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smtpreply.core.EnhancedStatus;

/**
 * The facts half of a {@link Catalog}: its codes and each entry's title in the source locale,
 * without the texts of every locale. What the annotation processor needs in every compilation,
 * read from a snapshot the catalog's build writes ({@link #builtIn()}), so that a compilation
 * does not parse YAML.
 */
public final class CatalogFacts {
  private final Map<Integer, ReplyCode> basic;
  private final Map<String, EnhancedCode> enhanced;
  private final Map<String, String> titles;
  private final Map<String, String> summaries;

  /**
   * Facts of {@code basic} and {@code enhanced} codes, each list in catalog order, with the
   * source-locale titles by entry id ({@code 550}, {@code X.1.1}), kept in the order given.
   */
  public CatalogFacts(List<ReplyCode> basic, List<EnhancedCode> enhanced, Map<String, String> titles) {
    this(basic, enhanced, titles, Map.of());
  }

  private CatalogFacts(List<ReplyCode> basic, List<EnhancedCode> enhanced, Map<String, String> titles,
      Map<String, String> summaries) {
    Map<Integer, ReplyCode> b = new LinkedHashMap<>();
    basic.forEach(c -> b.put(c.code(), c));
    Map<String, EnhancedCode> e = new LinkedHashMap<>();
    enhanced.forEach(c -> e.put(c.code(), c));
    this.basic = Collections.unmodifiableMap(b);
    this.enhanced = Collections.unmodifiableMap(e);
    this.titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles));
    this.summaries = Collections.unmodifiableMap(new LinkedHashMap<>(summaries));
  }

  private static CatalogFacts builtIn;

  /**
   * The built-in catalog's facts: from the snapshot in this artifact, else (in the catalog's own
   * build, before it wrote one) from the built-in catalog.
   */
  public static synchronized CatalogFacts builtIn() {
    if (builtIn == null) {
      try (InputStream in = CatalogFacts.class.getResourceAsStream(Snapshots.FACTS)) {
        builtIn = in == null ? Catalog.builtIn().facts() : Snapshots.readFacts(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return builtIn;
  }

  /** Writes these facts as a snapshot that {@link #builtIn()} can read. */
  public void writeSnapshot(OutputStream out) throws IOException {
    Snapshots.writeFacts(this, out);
  }

  /** Reads facts from a snapshot written by {@link #writeSnapshot}. */
  public static CatalogFacts readSnapshot(InputStream in) throws IOException {
    return Snapshots.readFacts(in);
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

  /**
   * The enhanced status code written {@code 5.1.1}, {@code 4.1.1} or {@code X.1.1}, if the
   * registry has its subject and detail; the class digit is not checked here.
   */
  public Optional<EnhancedCode> enhanced(String code) {
    return EnhancedStatus.registryKey(code).map(enhanced::get);
  }

  /** The source-locale title of the entry {@code id} ({@code 550} or {@code X.1.1}); empty if none. */
  public String title(String id) {
    return titles.getOrDefault(id, "");
  }

  /** The titles by entry id, basic codes first, in catalog order. */
  public Map<String, String> titles() {
    return titles;
  }

  /**
   * The source-locale summary of a code added with {@link #with}, such as an organization's own
   * code; empty for the others (the built-in facts carry titles only).
   */
  public String summary(String id) {
    return summaries.getOrDefault(id, "");
  }

  /** These facts with {@code more} basic codes and their titles, the codes kept in ascending order. */
  public CatalogFacts with(List<ReplyCode> more, Map<String, String> moreTitles) {
    return with(more, moreTitles, Map.of());
  }

  /** These facts with {@code more} basic codes, their titles and summaries, the codes kept in ascending order. */
  public CatalogFacts with(List<ReplyCode> more, Map<String, String> moreTitles, Map<String, String> moreSummaries) {
    List<ReplyCode> all = new ArrayList<>(basic.values());
    all.addAll(more);
    all.sort((a, b) -> Integer.compare(a.code(), b.code()));
    Map<String, String> allTitles = new LinkedHashMap<>();
    all.forEach(c -> allTitles.put(c.id(), titles.containsKey(c.id()) ? titles.get(c.id())
        : moreTitles.getOrDefault(c.id(), "")));
    enhanced.keySet().forEach(id -> allTitles.put(id, titles.getOrDefault(id, "")));
    Map<String, String> allSummaries = new LinkedHashMap<>(summaries);
    allSummaries.putAll(moreSummaries);
    return new CatalogFacts(all, List.copyOf(enhanced.values()), allTitles, allSummaries);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CatalogFacts other && basic.equals(other.basic) && enhanced.equals(other.enhanced)
        && titles.equals(other.titles) && summaries.equals(other.summaries);
  }

  @Override
  public int hashCode() {
    return basic.hashCode() * 31 + enhanced.hashCode();
  }

  @Override
  public String toString() {
    return "CatalogFacts[" + basic.size() + " basic codes, " + enhanced.size() + " enhanced codes]";
  }
}

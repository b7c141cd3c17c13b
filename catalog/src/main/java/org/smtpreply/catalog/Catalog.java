package org.smtpreply.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.smtpreply.i18n.Locales;

/**
 * The loaded catalog: immutable, cheap to query, and equal to any other load of the same files.
 * Texts are looked up along the locale's fallback chain and say which language they are in.
 */
public final class Catalog {

  private final Locales locales;
  private final CatalogFacts facts;
  private final Map<String, Map<String, EntryText>> texts;
  private final Map<String, Map<String, GuideText>> guides;
  private final Map<String, Map<String, String>> fingerprints;
  private final Extras extras;

  /**
   * What the catalog knows of the entries that extra catalog files added.
   *
   * @param locations    each extra entry's place, {@code file:line:column}, by id
   * @param fingerprints per locale tag, the fingerprints recorded beside the extra files, by id
   */
  record Extras(Map<String, String> locations, Map<String, Map<String, String>> fingerprints) {
    static final Extras NONE = new Extras(Map.of(), Map.of());
  }

  Catalog(
      Locales locales,
      List<ReplyCode> basic,
      List<EnhancedCode> enhanced,
      Map<String, Map<String, EntryText>> texts,
      Map<String, Map<String, GuideText>> guides,
      Map<String, Map<String, String>> fingerprints) {
    this(locales, null, basic, enhanced, copy(texts), copy(guides), copy(fingerprints), Extras.NONE);
  }

  /** This catalog, knowing which of its entries extra files added. */
  Catalog withExtras(Extras added) {
    Extras copied = new Extras(Collections.unmodifiableMap(new LinkedHashMap<>(added.locations())),
        copy(added.fingerprints()));
    return new Catalog(locales, facts, List.of(), List.of(), texts, guides, fingerprints, copied);
  }

  /**
   * A catalog whose maps are taken as they are (unmodifiable, in a stable order; the snapshot's
   * decode each locale when it is first asked for) and whose facts are {@code facts}, or derived
   * from the codes and the source texts when null.
   */
  private Catalog(
      Locales locales,
      CatalogFacts facts,
      List<ReplyCode> basic,
      List<EnhancedCode> enhanced,
      Map<String, Map<String, EntryText>> texts,
      Map<String, Map<String, GuideText>> guides,
      Map<String, Map<String, String>> fingerprints,
      Extras extras) {
    this.locales = locales;
    this.extras = extras;
    this.texts = texts;
    this.guides = guides;
    this.fingerprints = fingerprints;
    if (facts == null) {
      Map<String, String> titles = new LinkedHashMap<>();
      Map<String, EntryText> sourceTexts = texts.getOrDefault(locales.source().tag(), Map.of());
      basic.forEach(c -> titles.put(c.id(), sourceTexts.containsKey(c.id()) ? sourceTexts.get(c.id()).title() : ""));
      enhanced.forEach(c -> titles.put(c.code(), sourceTexts.containsKey(c.code()) ? sourceTexts.get(c.code()).title() : ""));
      facts = new CatalogFacts(basic, enhanced, titles);
    }
    this.facts = facts;
  }

  /** A catalog of a snapshot: its facts as written, its maps decoded on demand. */
  static Catalog ofSnapshot(Locales locales, CatalogFacts facts, Map<String, Map<String, EntryText>> texts,
      Map<String, Map<String, GuideText>> guides, Map<String, Map<String, String>> fingerprints) {
    return new Catalog(locales, facts, List.of(), List.of(), texts, guides, fingerprints, Extras.NONE);
  }

  private static <V> Map<String, Map<String, V>> copy(Map<String, Map<String, V>> byLocale) {
    Map<String, Map<String, V>> copy = new LinkedHashMap<>();
    byLocale.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    return Collections.unmodifiableMap(copy);
  }

  private static Catalog builtIn;

  /**
   * The catalog shipped with this library, loaded on first use; throws {@link CatalogException}
   * (every time, not only the first) if it is broken.
   */
  public static synchronized Catalog builtIn() {
    if (builtIn == null) {
      builtIn = Snapshots.builtIn().orElseGet(() -> CatalogLoader.builtIn().load());
    }
    return builtIn;
  }

  /** The locales the catalog is written in. */
  public Locales locales() {
    return locales;
  }

  /** Every locale's own entry texts, by locale tag then entry id. */
  Map<String, Map<String, EntryText>> texts() {
    return texts;
  }

  /** Every locale's own guides, by locale tag then guide id. */
  Map<String, Map<String, GuideText>> guides() {
    return guides;
  }

  /** Every translated locale's fingerprints, by locale tag then entry id. */
  Map<String, Map<String, String>> fingerprints() {
    return fingerprints;
  }

  /** The catalog's facts: its codes and their titles in the source locale, without the texts. */
  public CatalogFacts facts() {
    return facts;
  }

  /** Every basic reply code, in ascending order. */
  public List<ReplyCode> basicCodes() {
    return facts.basicCodes();
  }

  /** Every enhanced status code, ordered by subject then detail. */
  public List<EnhancedCode> enhancedCodes() {
    return facts.enhancedCodes();
  }

  /** The basic reply code {@code code}, if the catalog has it. */
  public Optional<ReplyCode> basic(int code) {
    return facts.basic(code);
  }

  /**
   * The enhanced status code written {@code 5.1.1}, {@code 4.1.1} or {@code X.1.1}, if the
   * registry has its subject and detail; the class digit is not checked here.
   */
  public Optional<EnhancedCode> enhanced(String code) {
    return facts.enhanced(code);
  }

  /** The texts of a basic code in {@code tag}, or in the first fallback locale that has them. */
  public Localized<EntryText> text(ReplyCode code, String tag) {
    return lookUp(texts, code.id(), tag);
  }

  /** The texts of an enhanced code in {@code tag}, or in the first fallback locale that has them. */
  public Localized<EntryText> text(EnhancedCode code, String tag) {
    return lookUp(texts, code.code(), tag);
  }

  /** The guide {@code id} in {@code tag}, or in the first fallback locale that has it. */
  public Localized<GuideText> guide(String id, String tag) {
    return lookUp(guides, id, tag);
  }

  /** The ids of the guides, in the source locale's order. */
  public List<String> guideIds() {
    return new ArrayList<>(guides.get(locales.source().tag()).keySet());
  }

  /** Whether {@code tag} has its own text for the entry {@code id} (a code or {@code X.s.d}). */
  public boolean hasOwnText(String id, String tag) {
    Map<String, EntryText> inLocale = texts.get(tag);
    return inLocale != null && inLocale.containsKey(id);
  }

  /** The text {@code tag} has of its own for the entry {@code id}, without falling back. */
  public Optional<EntryText> ownText(String id, String tag) {
    return Optional.ofNullable(texts.getOrDefault(tag, Map.of()).get(id));
  }

  /** The guide {@code tag} has of its own, without falling back. */
  public Optional<GuideText> ownGuide(String id, String tag) {
    return Optional.ofNullable(guides.getOrDefault(tag, Map.of()).get(id));
  }

  /**
   * The fingerprint of the source text that a translator last confirmed {@code tag}'s text of
   * entry or guide {@code id} against, if one did.
   */
  public Optional<String> confirmedFingerprint(String id, String tag) {
    Map<String, Map<String, String>> recorded = isExtra(id) ? extras.fingerprints() : fingerprints;
    return Optional.ofNullable(recorded.getOrDefault(tag, Map.of()).get(id));
  }

  /** Whether an extra catalog file added the entry {@code id}, rather than the catalog's own files. */
  public boolean isExtra(String id) {
    return extras.locations().containsKey(id);
  }

  /**
   * Where an extra catalog file defines the entry {@code id}: {@code file:line:column}, for
   * messages; empty for the catalog's own entries.
   */
  public Optional<String> extraLocation(String id) {
    return Optional.ofNullable(extras.locations().get(id));
  }

  /**
   * Whether {@code tag}'s text of {@code id} was written by the authors of an extra catalog
   * together with the source text, and no translator's confirmation was recorded since: such a
   * text counts as translated. Once one is recorded (beside the extra file), the text is stale
   * whenever the source text no longer matches it.
   */
  public boolean isAuthored(String id, String tag) {
    return isExtra(id) && hasOwnText(id, tag) && !extras.fingerprints().getOrDefault(tag, Map.of()).containsKey(id);
  }

  private <T> Localized<T> lookUp(Map<String, Map<String, T>> byLocale, String id, String tag) {
    for (String candidate : locales.fallbackChain(tag)) {
      Map<String, T> inLocale = byLocale.get(candidate);
      if (inLocale != null && inLocale.containsKey(id)) {
        return new Localized<>(inLocale.get(id), candidate);
      }
    }
    throw new IllegalArgumentException("no text for '" + id + "' in " + tag + " or its fallbacks");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Catalog other
        && locales.all().equals(other.locales.all())
        && facts.equals(other.facts)
        && texts.equals(other.texts)
        && guides.equals(other.guides)
        && fingerprints.equals(other.fingerprints)
        && extras.equals(other.extras);
  }

  @Override
  public int hashCode() {
    return Objects.hash(locales.all(), facts, texts, guides, fingerprints, extras);
  }

  @Override
  public String toString() {
    return "Catalog[" + facts.basicCodes().size() + " basic codes, " + facts.enhancedCodes().size()
        + " enhanced codes, locales " + texts.keySet() + "]";
  }
}

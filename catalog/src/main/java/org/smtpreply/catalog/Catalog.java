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

  /**
   * Every locale's own texts: by kind, then by locale tag, then by id.
   *
   * @param entries      texts of basic and enhanced codes
   * @param guides       guides and class descriptions
   * @param reasons      texts of the bounce reasons
   * @param providers    texts of the providers and of their replies
   * @param confirmed    per translated locale and entry, the source text of each field that a
   *                     translator confirmed the translation against (field ids such as {@code causes.2})
   * @param fingerprints per translated locale, the fingerprints of whole entries that older
   *                     catalogs recorded instead ({@code fingerprints.yaml}), for entries not in
   *                     {@code confirmed}
   */
  record Texts(
      Map<String, Map<String, EntryText>> entries,
      Map<String, Map<String, GuideText>> guides,
      Map<String, Map<String, AdviceText>> reasons,
      Map<String, Map<String, AdviceText>> providers,
      Map<String, Map<String, Map<String, String>>> confirmed,
      Map<String, Map<String, String>> fingerprints) {

    /** Unmodifiable copies, in the order given. */
    Texts copy() {
      return new Texts(copy(entries), copy(guides), copy(reasons), copy(providers), copy(confirmed), copy(fingerprints));
    }

    private static <V> Map<String, Map<String, V>> copy(Map<String, Map<String, V>> byLocale) {
      Map<String, Map<String, V>> copy = new LinkedHashMap<>();
      byLocale.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
      return Collections.unmodifiableMap(copy);
    }
  }

  private final Locales locales;
  private final CatalogFacts facts;
  private final List<Reason> reasons;
  private final List<Provider> providers;
  private final Texts texts;
  private final Extras extras;
  private final Map<String, Reason> reasonsById = new LinkedHashMap<>();
  private final Map<String, Provider> providersById = new LinkedHashMap<>();
  private final Map<String, ProviderReply> repliesById = new LinkedHashMap<>();
  private final Map<String, Provider> providerOfReply = new LinkedHashMap<>();

  /**
   * What the catalog knows of the entries that extra catalog files added.
   *
   * @param locations    each extra entry's place, {@code file:line:column}, by id
   * @param fingerprints per locale tag, the whole-entry fingerprints recorded beside the extra files, by id
   */
  record Extras(Map<String, String> locations, Map<String, Map<String, String>> fingerprints) {
    static final Extras NONE = new Extras(Map.of(), Map.of());
  }

  /** A catalog of codes, reasons, providers and texts; its facts are derived from codes and source texts. */
  Catalog(Locales locales, List<ReplyCode> basic, List<EnhancedCode> enhanced, List<Reason> reasons,
      List<Provider> providers, Texts texts) {
    this(locales, factsOf(locales, basic, enhanced, texts), reasons, providers, texts.copy(), Extras.NONE);
  }

  /** This catalog, knowing which of its entries extra files added. */
  Catalog withExtras(Extras added) {
    Map<String, Map<String, String>> prints = new LinkedHashMap<>();
    added.fingerprints().forEach((k, v) -> prints.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    Extras copied = new Extras(Collections.unmodifiableMap(new LinkedHashMap<>(added.locations())),
        Collections.unmodifiableMap(prints));
    return new Catalog(locales, facts, reasons, providers, texts, copied);
  }

  /**
   * A catalog whose texts are taken as they are (unmodifiable, in a stable order; a snapshot's
   * decode each locale when it is first asked for).
   */
  private Catalog(Locales locales, CatalogFacts facts, List<Reason> reasons, List<Provider> providers, Texts texts,
      Extras extras) {
    this.locales = locales;
    this.extras = extras;
    this.facts = facts;
    this.reasons = List.copyOf(reasons);
    this.providers = List.copyOf(providers);
    this.texts = texts;
    this.reasons.forEach(r -> reasonsById.put(r.id(), r));
    for (Provider provider : this.providers) {
      providersById.put(provider.id(), provider);
      for (ProviderReply reply : provider.replies()) {
        repliesById.put(reply.id(), reply);
        providerOfReply.put(reply.id(), provider);
      }
    }
  }

  /** A catalog of a snapshot: its facts as written, its texts decoded on demand. */
  static Catalog ofSnapshot(Locales locales, CatalogFacts facts, List<Reason> reasons, List<Provider> providers,
      Texts texts) {
    return new Catalog(locales, facts, reasons, providers, texts, Extras.NONE);
  }

  private static CatalogFacts factsOf(Locales locales, List<ReplyCode> basic, List<EnhancedCode> enhanced, Texts texts) {
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, EntryText> source = texts.entries().getOrDefault(locales.source().tag(), Map.of());
    basic.forEach(c -> titles.put(c.id(), source.containsKey(c.id()) ? source.get(c.id()).title() : ""));
    enhanced.forEach(c -> titles.put(c.code(), source.containsKey(c.code()) ? source.get(c.code()).title() : ""));
    return new CatalogFacts(basic, enhanced, titles);
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

  /** Every locale's own texts. */
  Texts texts() {
    return texts;
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

  /** Every bounce reason, in the catalog's order. */
  public List<Reason> reasons() {
    return reasons;
  }

  /** The reason {@code id}, such as {@code mailbox-full}, if the catalog has it. */
  public Optional<Reason> reason(String id) {
    return Optional.ofNullable(reasonsById.get(id));
  }

  /** Every provider whose replies the catalog knows, in the catalog's order. */
  public List<Provider> providers() {
    return providers;
  }

  /** The provider {@code id}, such as {@code gmail}, if the catalog has it. */
  public Optional<Provider> provider(String id) {
    return Optional.ofNullable(providersById.get(id));
  }

  /** The provider's reply {@code id}, such as {@code gmail-5.1.1}, if the catalog has it. */
  public Optional<ProviderReply> providerReply(String id) {
    return Optional.ofNullable(repliesById.get(id));
  }

  /** The provider that sends {@code reply}. */
  public Provider providerOf(ProviderReply reply) {
    return providerOfReply.get(reply.id());
  }

  /** The texts of a basic code in {@code tag}, or in the first fallback locale that has them. */
  public Localized<EntryText> text(ReplyCode code, String tag) {
    return lookUp(texts.entries(), code.id(), tag);
  }

  /** The texts of an enhanced code in {@code tag}, or in the first fallback locale that has them. */
  public Localized<EntryText> text(EnhancedCode code, String tag) {
    return lookUp(texts.entries(), code.code(), tag);
  }

  /** The texts of a reason in {@code tag}, or in the first fallback locale that has them. */
  public Localized<AdviceText> text(Reason reason, String tag) {
    return lookUp(texts.reasons(), reason.id(), tag);
  }

  /** The texts of a provider in {@code tag}, or in the first fallback locale that has them. */
  public Localized<AdviceText> text(Provider provider, String tag) {
    return lookUp(texts.providers(), provider.id(), tag);
  }

  /** The texts of a provider's reply in {@code tag}, or in the first fallback locale that has them. */
  public Localized<AdviceText> text(ProviderReply reply, String tag) {
    return lookUp(texts.providers(), reply.id(), tag);
  }

  /** The guide {@code id} in {@code tag}, or in the first fallback locale that has it. */
  public Localized<GuideText> guide(String id, String tag) {
    return lookUp(texts.guides(), id, tag);
  }

  /** The ids of the guides, in the source locale's order. */
  public List<String> guideIds() {
    return new ArrayList<>(texts.guides().get(locales.source().tag()).keySet());
  }

  /** Whether {@code tag} has its own text for the entry {@code id} (a code or {@code X.s.d}). */
  public boolean hasOwnText(String id, String tag) {
    Map<String, EntryText> inLocale = texts.entries().get(tag);
    return inLocale != null && inLocale.containsKey(id);
  }

  /** The text {@code tag} has of its own for the entry {@code id}, without falling back. */
  public Optional<EntryText> ownText(String id, String tag) {
    return Optional.ofNullable(texts.entries().getOrDefault(tag, Map.of()).get(id));
  }

  /** The guide {@code tag} has of its own, without falling back. */
  public Optional<GuideText> ownGuide(String id, String tag) {
    return Optional.ofNullable(texts.guides().getOrDefault(tag, Map.of()).get(id));
  }

  /** The reason text {@code tag} has of its own, without falling back. */
  public Optional<AdviceText> ownReasonText(String id, String tag) {
    return Optional.ofNullable(texts.reasons().getOrDefault(tag, Map.of()).get(id));
  }

  /** The provider or provider's reply text {@code tag} has of its own, without falling back. */
  public Optional<AdviceText> ownProviderText(String id, String tag) {
    return Optional.ofNullable(texts.providers().getOrDefault(tag, Map.of()).get(id));
  }

  /**
   * The source text of each field (by field id: {@code title}, {@code causes.2}) that a translator
   * last confirmed {@code tag}'s text of entry {@code id} against, if one did.
   */
  public Optional<Map<String, String>> confirmedSource(String id, String tag) {
    return Optional.ofNullable(texts.confirmed().getOrDefault(tag, Map.of()).get(id));
  }

  /**
   * The fingerprint of the whole source text that a translator confirmed {@code tag}'s text of
   * entry {@code id} against, as older catalogs recorded it, if there is one and no per-field
   * confirmation replaced it.
   */
  public Optional<String> confirmedFingerprint(String id, String tag) {
    Map<String, Map<String, String>> recorded = isExtra(id) ? extras.fingerprints() : texts.fingerprints();
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
        && reasons.equals(other.reasons)
        && providers.equals(other.providers)
        && texts.equals(other.texts)
        && extras.equals(other.extras);
  }

  @Override
  public int hashCode() {
    return Objects.hash(locales.all(), facts, reasons, providers, texts, extras);
  }

  @Override
  public String toString() {
    return "Catalog[" + facts.basicCodes().size() + " basic codes, " + facts.enhancedCodes().size()
        + " enhanced codes, " + reasons.size() + " reasons, " + repliesById.size() + " providers' replies, locales "
        + texts.entries().keySet() + "]";
  }
}

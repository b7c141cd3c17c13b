package org.smtpreply.catalog.bounce;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.Provider;
import org.smtpreply.catalog.ProviderReply;
import org.smtpreply.catalog.Reason;
import org.smtpreply.core.EnhancedStatus;

/**
 * Tells why a reply bounced, from the catalog's data: the providers' documented replies, then the
 * enhanced code, the reply's phrases, its basic code and its enhanced code's subject, as {@code catalog/data/reasons.yaml}
 * describes them. The same rules run in the site's decoder (decode.js), and both are tested
 * against one corpus of bounces. Thread-safe.
 */
public final class Classifier {
  private static final String UNKNOWN = "unknown";
  private static final String NOT_A_BOUNCE = "not-a-bounce";
  private static final String EXPIRED = "expired";

  private final Catalog catalog;
  private final Map<String, Reason> byEnhanced = new TreeMap<>();
  private final Map<Integer, Reason> byBasic = new TreeMap<>();
  private final Map<Integer, Reason> bySubject = new TreeMap<>();
  private final List<Phrase> phrases = new ArrayList<>();
  /** Every provider reply, in the catalog's order. */
  private final List<Candidate> candidates = new ArrayList<>();
  /** Every provider reply without a basic code, in the catalog's order: candidates for any reply. */
  private final List<Candidate> withoutCode = new ArrayList<>();
  /** The basic codes some provider reply has. */
  private final Set<Integer> codes = new HashSet<>();
  /**
   * By basic code, the provider replies that can match a reply with that code: those with the code
   * and those without any, in the catalog's order (ties go to the first); filled as codes are seen.
   */
  private final Map<Integer, List<Candidate>> byCode = new ConcurrentHashMap<>();

  private record Phrase(String text, Reason reason) {}

  /**
   * A provider's reply as matching needs it, worked out once: its provider's id, its fields (null
   * when absent; the text normalized), whether it matches whichever server says it, and its score
   * before the bonus for the recognised provider.
   */
  private record Candidate(ProviderReply reply, String providerId, String enhanced, String token, String text,
      boolean standalone, int score) {}

  /**
   * Classifies with {@code catalog}'s reasons and providers; throws {@link IllegalArgumentException}
   * for a catalog without the reasons every bounce can fall back to (a folder without reasons.yaml).
   */
  public Classifier(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog);
    for (String id : List.of(UNKNOWN, NOT_A_BOUNCE, EXPIRED)) {
      if (catalog.reason(id).isEmpty()) {
        throw new IllegalArgumentException("the catalog has no bounce reason '" + id + "': its reasons.yaml is"
            + " missing or incomplete; copy catalog/data/reasons.yaml and providers.yaml, with their texts, into it");
      }
    }
    for (Reason reason : catalog.reasons()) {
      reason.enhanced().forEach(key -> byEnhanced.put(key, reason));
      reason.basic().forEach(code -> byBasic.putIfAbsent(code, reason));
      reason.subjects().forEach(subject -> bySubject.putIfAbsent(subject, reason));
      reason.phrases().forEach(phrase -> phrases.add(new Phrase(normalize(phrase), reason)));
    }
    for (Provider provider : catalog.providers()) {
      for (ProviderReply reply : provider.replies()) {
        boolean standalone = reply.token().isPresent()
            || reply.enhanced().filter(e -> catalog.enhanced(e).isEmpty()).isPresent();
        int score = (reply.token().isPresent() ? 500 : 0) + reply.text().map(String::length).orElse(0)
            + (reply.enhanced().isPresent() ? 2 : 0) + (reply.code().isPresent() ? 1 : 0);
        Candidate candidate = new Candidate(reply, provider.id(), reply.enhanced().orElse(null),
            reply.token().orElse(null), reply.text().map(Classifier::normalize).orElse(null), standalone, score);
        candidates.add(candidate);
        reply.code().ifPresentOrElse(codes::add, () -> withoutCode.add(candidate));
      }
    }
  }

  /** The provider replies that can match a reply with basic code {@code code}, in the catalog's order. */
  private List<Candidate> candidates(int code) {
    if (!codes.contains(code)) {
      return withoutCode;
    }
    return byCode.computeIfAbsent(code, c -> candidates.stream()
        .filter(candidate -> candidate.reply().code().map(c::equals).orElse(true)).toList());
  }

  /**
   * Why the reply with {@code code}, {@code enhanced} code and {@code text}, from {@code remoteMta}
   * (a host name, when known), bounced. {@code gaveUp} says the sending server stopped retrying a
   * transient failure (a DSN's {@code Action: failed} with a 4.x.x status; a log's "expired").
   */
  public Classification classify(OptionalInt code, Optional<EnhancedStatus> enhanced, String text,
      Optional<String> remoteMta, boolean gaveUp) {
    String normalized = normalize(text);
    Optional<Provider> named = remoteMta.flatMap(this::recognise).or(() -> recognise(text));
    Optional<ProviderReply> match = match(code, enhanced, text, normalized, named);
    Optional<Provider> provider = match.map(catalog::providerOf).or(() -> named);
    if (match.isPresent()) {
      return new Classification(reason(match.get().reason()), provider, match, Classification.Basis.PROVIDER_REPLY);
    }
    int classDigit = code.isPresent() ? code.getAsInt() / 100 : enhanced.map(EnhancedStatus::classDigit).orElse(0);
    if (gaveUp) {
      return new Classification(reason(EXPIRED), provider, Optional.empty(), Classification.Basis.GAVE_UP);
    }
    Optional<Reason> byCode = enhanced.map(e -> byEnhanced.get(e.registryKey()));
    if (byCode.isPresent()) {
      return new Classification(byCode.get(), provider, Optional.empty(), Classification.Basis.ENHANCED_CODE);
    }
    Phrase longest = null;
    for (Phrase phrase : phrases) {
      if ((longest == null || phrase.text().length() > longest.text().length()) && normalized.contains(phrase.text())) {
        longest = phrase;
      }
    }
    if (longest != null) {
      return new Classification(longest.reason(), provider, Optional.empty(), Classification.Basis.PHRASE);
    }
    if (code.isPresent() && byBasic.containsKey(code.getAsInt())) {
      return new Classification(byBasic.get(code.getAsInt()), provider, Optional.empty(), Classification.Basis.BASIC_CODE);
    }
    Optional<Reason> bySubjectOfCode = enhanced.filter(e -> e.classDigit() != 2).map(e -> bySubject.get(e.subject()));
    if (bySubjectOfCode.isPresent()) {
      return new Classification(bySubjectOfCode.get(), provider, Optional.empty(), Classification.Basis.SUBJECT);
    }
    String id = classDigit == 2 || classDigit == 3 ? NOT_A_BOUNCE : UNKNOWN;
    return new Classification(reason(id), provider, Optional.empty(), Classification.Basis.CLASS);
  }

  /** The provider a host name or a reply's text names, by its host markers. */
  public Optional<Provider> recognise(String where) {
    String lower = where.toLowerCase(Locale.ROOT);
    for (Provider provider : catalog.providers()) {
      for (String host : provider.hosts()) {
        if (containsName(lower, host)) {
          return Optional.of(provider);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The provider's documented reply this one is: every field the entry gives must match. An entry
   * with a vendor token or a code of the provider's own matches wherever it is seen; one with only
   * codes of the IANA registry and words (which other servers may say too) only a reply from its
   * provider. Of several, the
   * most specific wins (a token, then the longest phrase), the recognised provider's first.
   */
  private Optional<ProviderReply> match(OptionalInt code, Optional<EnhancedStatus> enhanced, String text,
      String normalized, Optional<Provider> named) {
    Candidate best = null;
    int bestScore = -1;
    String enhancedText = enhanced.map(EnhancedStatus::toString).orElse(null);
    String namedId = named.map(Provider::id).orElse(null);
    for (Candidate candidate : code.isPresent() ? candidates(code.getAsInt()) : withoutCode) {
      // The cheap tests first: most entries are another provider's words.
      boolean fromIt = candidate.providerId().equals(namedId);
      if (!candidate.standalone() && !fromIt) {
        continue;
      }
      if (candidate.enhanced() != null && !candidate.enhanced().equals(enhancedText)) {
        continue;
      }
      if (candidate.token() != null && !containsToken(text, candidate.token())) {
        continue;
      }
      if (candidate.text() != null && !normalized.contains(candidate.text())) {
        continue;
      }
      int score = (fromIt ? 1000 : 0) + candidate.score();
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best).map(Candidate::reply);
  }

  private Reason reason(String id) {
    return catalog.reason(id).orElseThrow(() -> new IllegalStateException("the catalog has no reason " + id));
  }

  /** Lower case, runs of white space as one space: how phrases are compared. */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** Whether {@code token} stands in {@code text} as a word of its own (case-sensitive). */
  static boolean containsToken(String text, String token) {
    for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
      int end = at + token.length();
      if ((at == 0 || !isWordChar(text.charAt(at - 1))) && (end == text.length() || !isWordChar(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lowercase {@code name} (a domain or a token) stands in {@code text} on name boundaries. */
  static boolean containsName(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int end = at + name.length();
      boolean before = at == 0 || !isNameChar(text.charAt(at - 1)) || text.charAt(at - 1) == '.';
      boolean after = end == text.length() || !isNameChar(text.charAt(end));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '-';
  }
}

package org.smtpreply.processor.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smtpreply.catalog.CatalogFacts;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.processor.codegen.ConstantsGenerator;

/**
 * The constants of {@code ReplyCodes}, {@code EnhancedCodes} and {@code ExtraReplyCodes}, and the
 * right one for a name that is not there: the same name in another of the classes, the name
 * built from the code's title, the code written in the name ({@code C550}, {@code E_5_1_1}), a
 * near spelling, or the name with the most words in common.
 */
final class ConstantSuggestions {
  /** One constant: its class's simple name, its name and the code it holds. */
  record Constant(String className, String name, String code) {
    @Override
    public String toString() {
      return className + "." + name + " (" + code + ")";
    }
  }

  private static final Pattern BASIC_DIGITS = Pattern.compile("(?<![0-9])([2-5][0-9][0-9])(?![0-9])");
  private static final Pattern ENHANCED_DIGITS = Pattern.compile("([245])_([0-9]{1,3})_([0-9]{1,3})(?![0-9])");

  private final Map<String, Map<String, Constant>> byClass = new LinkedHashMap<>();
  private final Map<String, Map<String, Constant>> aliases = new LinkedHashMap<>();

  /** The constants of {@code catalog}, whose codes in {@code extras} are an organization's own. */
  ConstantSuggestions(CatalogFacts catalog, List<ReplyCode> extras) {
    Set<Integer> own = new HashSet<>();
    extras.forEach(c -> own.add(c.code()));
    for (ReplyCode code : catalog.basicCodes()) {
      String className = own.contains(code.code()) ? ConstantsGenerator.EXTRA_REPLY_CODES : ConstantsGenerator.REPLY_CODES;
      Constant constant = new Constant(className, code.constant(), code.id());
      add(byClass, constant, code.constant());
      add(aliases, constant, snake(catalog.title(code.id())));
    }
    for (EnhancedCode code : catalog.enhancedCodes()) {
      for (int form : code.classes()) {
        String name = ConstantsGenerator.enhancedName(code, form);
        Constant constant = new Constant(ConstantsGenerator.ENHANCED_CODES, name, code.in(form));
        add(byClass, constant, name);
        add(aliases, constant, snake(catalog.title(code.code())) + name.substring(name.lastIndexOf('_')));
      }
    }
  }

  private static void add(Map<String, Map<String, Constant>> into, Constant constant, String name) {
    into.computeIfAbsent(constant.className(), k -> new LinkedHashMap<>()).putIfAbsent(name, constant);
  }

  /** Whether {@code className} is one of the constants classes. */
  boolean isConstantsClass(String className) {
    return className.equals(ConstantsGenerator.REPLY_CODES) || className.equals(ConstantsGenerator.ENHANCED_CODES)
        || className.equals(ConstantsGenerator.EXTRA_REPLY_CODES);
  }

  /** Whether {@code className} has a constant {@code name}. */
  boolean has(String className, String name) {
    return byClass.getOrDefault(className, Map.of()).containsKey(name);
  }

  /** The constant meant by {@code name}, written after {@code className}, if one can be told. */
  Optional<Constant> suggest(String className, String name) {
    for (Map<String, Constant> other : byClass.values()) {
      if (other.containsKey(name)) {
        return Optional.of(other.get(name));
      }
    }
    Map<String, Constant> names = byClass.getOrDefault(className, Map.of());
    Map<String, Constant> byAlias = aliases.getOrDefault(className, Map.of());
    if (byAlias.containsKey(name)) {
      return Optional.of(byAlias.get(name));
    }
    Optional<Constant> byDigits = byDigits(className, name);
    if (byDigits.isPresent()) {
      return byDigits;
    }
    List<Map.Entry<String, Constant>> candidates = new ArrayList<>(names.entrySet());
    candidates.addAll(byAlias.entrySet());
    Constant best = null;
    int bestDistance = Math.max(2, name.length() / 5) + 1;
    for (Map.Entry<String, Constant> candidate : candidates) {
      int d = distance(name, candidate.getKey());
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate.getValue();
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    double bestShare = 0.5;
    for (Map.Entry<String, Constant> candidate : candidates) {
      double share = sharedWords(name, candidate.getKey());
      if (share > bestShare) {
        bestShare = share;
        best = candidate.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<Constant> byDigits(String className, String name) {
    Matcher enhanced = ENHANCED_DIGITS.matcher(name);
    Matcher basic = BASIC_DIGITS.matcher(name);
    String code = enhanced.find() ? enhanced.group(1) + "." + enhanced.group(2) + "." + enhanced.group(3)
        : basic.find() ? basic.group(1) : null;
    if (code == null) {
      return Optional.empty();
    }
    List<String> order = new ArrayList<>(List.of(className));
    byClass.keySet().stream().filter(c -> !c.equals(className)).forEach(order::add);
    for (String c : order) {
      for (Constant constant : byClass.getOrDefault(c, Map.of()).values()) {
        if (constant.code().equals(code)) {
          return Optional.of(constant);
        }
      }
    }
    return Optional.empty();
  }

  /** {@code title} in upper snake case: "Recipient mailbox does not exist" gives RECIPIENT_MAILBOX_DOES_NOT_EXIST. */
  static String snake(String title) {
    String s = title.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    return s.replaceAll("^_+|_+$", "");
  }

  /** The share of words the two names have in common, of the words of both. */
  private static double sharedWords(String a, String b) {
    Set<String> left = new HashSet<>(Arrays.asList(a.split("_")));
    Set<String> right = new HashSet<>(Arrays.asList(b.split("_")));
    Set<String> union = new HashSet<>(left);
    union.addAll(right);
    left.retainAll(right);
    return union.isEmpty() ? 0 : (double) left.size() / union.size();
  }

  /** The Levenshtein distance between {@code a} and {@code b}. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}

package org.smtpreply.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.smtpreply.catalog.internal.Problems;
import org.smtpreply.catalog.internal.ReadFile;
import org.smtpreply.catalog.problem.ProblemKind;
import org.smtpreply.core.EnhancedStatus;
import org.smtpreply.core.SmtpRules;

/**
 * The rules between the entries of {@code basic.yaml} and {@code enhanced.yaml} (and an extra
 * catalog's codes), on files whose shape their schemas already checked: codes and constants
 * defined once, references that resolve, the SMTP rules of {@link SmtpRules}; and the derivation
 * of each enhanced code's classes.
 */
final class FactChecks {
  /** Where an entry is: its file and position, for problems. */
  record Place(String file, long position) {}

  private final Problems problems;
  private final Map<Integer, ReplyCode> basic = new TreeMap<>();
  private final Map<Integer, Place> basicPlaces = new HashMap<>();
  private final Map<String, EnhancedCode> enhanced = new TreeMap<>(EnhancedStatus.ORDER);
  private final Map<String, Place> enhancedPlaces = new HashMap<>();
  private final Map<String, Place> constants = new HashMap<>();
  private final Map<String, Place> enhancedConstants = new HashMap<>();
  private final List<Runnable> deferred = new ArrayList<>();

  /** The facts of the catalog's files. */
  FactChecks(ReadFile basicFile, ReadFile enhancedFile, Problems problems) {
    this.problems = problems;
    readEnhanced(enhancedFile);
    readBasic(basicFile);
  }

  /** Facts already known to be sound, such as the built-in snapshot, to check extra codes against. */
  FactChecks(CatalogFacts base, Problems problems) {
    this.problems = problems;
    Place nowhere = new Place("catalog/data/" + CatalogLoader.BASIC, 0);
    base.enhancedCodes().forEach(c -> {
      enhanced.put(c.code(), c);
      enhancedPlaces.put(c.code(), nowhere);
    });
    base.basicCodes().forEach(c -> {
      basic.put(c.code(), c);
      basicPlaces.put(c.code(), nowhere);
      constants.put(c.constant(), nowhere);
    });
  }

  private void readEnhanced(ReadFile file) {
    JsonNode items = file.root();
    for (int i = 0; i < items.size(); i++) {
      EnhancedCode code = CatalogLoader.bind(items.get(i), EnhancedCode.class);
      Place place = new Place(file.file(), file.position("/" + i));
      if (!defineOnce(enhancedPlaces, code.code(), place, code.code())) {
        continue;
      }
      enhanced.put(code.code(), code);
      constant(enhancedConstants, code.constant(), code.code(), place, "/" + i + "/constant", file);
      for (int j = 0; j < code.basic().size(); j++) {
        int associated = code.basic().get(j);
        long at = file.position("/" + i + "/basic/" + j);
        deferred.add(() -> {
          if (!basic.containsKey(associated)) {
            problems.add(ProblemKind.UNKNOWN_REFERENCE, file.file(), at, code.code(),
                "associated basic code " + associated + " is not in basic.yaml");
          } else if (!SmtpRules.carriesEnhancedCode(associated)) {
            problems.add(ProblemKind.SMTP_RULE, file.file(), at, code.code(),
                "associated basic code " + associated + " is a 3yz reply, which carries no enhanced code");
          }
        });
      }
    }
  }

  private void readBasic(ReadFile file) {
    JsonNode items = file.root();
    for (int i = 0; i < items.size(); i++) {
      ReplyCode code = CatalogLoader.bind(items.get(i), ReplyCode.class);
      Place place = new Place(file.file(), file.position("/" + i));
      if (!defineOnce(basicPlaces, code.code(), place, code.id())) {
        continue;
      }
      basic.put(code.code(), code);
      constant(code.constant(), code.id(), place, "/" + i + "/constant", file);
      String pointer = "/" + i;
      deferred.add(() -> checkEntry(code, file.file(), j -> file.position(pointer + j)));
    }
  }

  /** Records where {@code key} is defined; reports a second definition and returns false. */
  private <K> boolean defineOnce(Map<K, Place> places, K key, Place place, String entry) {
    Place first = places.putIfAbsent(key, place);
    if (first != null) {
      problems.add(ProblemKind.DUPLICATE, place.file(), place.position(), entry,
          "code is defined twice (first at line " + (first.position() >>> 32) + "); remove one");
    }
    return first == null;
  }

  /** Records the basic code constant {@code name} as taken by {@code entry}, or reports that it already was. */
  void constant(String name, String entry, Place place, String pointer, ReadFile file) {
    constant(constants, name, entry, place, pointer, file);
  }

  private void constant(Map<String, Place> taken, String name, String entry, Place place, String pointer, ReadFile file) {
    Place first = taken.putIfAbsent(name, place);
    if (first != null) {
      String at = first.file().equals(place.file()) ? "line " + (first.position() >>> 32)
          : first.file() + (first.position() == 0 ? "" : ":" + (first.position() >>> 32));
      problems.add(ProblemKind.DUPLICATE, place.file(), file == null ? place.position() : file.position(pointer), entry,
          "constant " + name + " is already used at " + at + "; choose another name");
    }
  }

  /** Where a field of an entry is: the entry's pointer suffix ({@code /enhanced/0}) to a position. */
  interface Positions {
    long of(String suffix);
  }

  /**
   * The rules every basic code obeys, built-in or extra: a source (an RFC, or marked non-standard), enhanced
   * codes of its class that the registry has, none on a 3yz reply, related codes that exist.
   */
  void checkEntry(ReplyCode code, String file, Positions at) {
    String id = code.id();
    if (code.references().isEmpty() && code.isStandard()) {
      problems.add(ProblemKind.NO_SOURCE, file, at.of(""), id, "no RFC defines this code: add 'references', or mark it"
          + " nonStandard: true and say where it comes from in the 'origin' of its texts");
    }
    for (int j = 0; j < code.enhanced().size(); j++) {
      String written = code.enhanced().get(j);
      long here = at.of("/enhanced/" + j);
      Optional<EnhancedStatus> status = EnhancedStatus.parse(written);
      if (status.isEmpty()) {
        problems.add(ProblemKind.BAD_VALUE, file, here, id,
            "enhanced code '" + written + "' must be written class.subject.detail, such as 5.1.1");
      } else if (!SmtpRules.carriesEnhancedCode(code.code())) {
        problems.add(ProblemKind.SMTP_RULE, file, at.of("/enhanced"), id,
            "3yz replies carry no enhanced code (RFC 2034); remove 'enhanced'");
        break;
      } else if (!SmtpRules.classesAgree(code.code(), status.get().classDigit())) {
        int replyClass = code.code() / 100;
        problems.add(ProblemKind.SMTP_RULE, file, here, id, "enhanced code " + written + " is of class "
            + status.get().classDigit() + " but the reply is " + replyClass + "xx; use "
            + new EnhancedStatus(replyClass, status.get().subject(), status.get().detail()));
      } else if (!enhanced.containsKey(status.get().registryKey())) {
        problems.add(ProblemKind.UNKNOWN_REFERENCE, file, here, id,
            "enhanced code " + written + " is not in enhanced.yaml; add it there or remove it here");
      }
    }
    for (int j = 0; j < code.related().size(); j++) {
      int related = code.related().get(j);
      if (!basic.containsKey(related)) {
        problems.add(ProblemKind.UNKNOWN_REFERENCE, file, at.of("/related/" + j), id,
            "related code " + related + " is not in basic.yaml");
      }
    }
  }

  /** Runs the rules that need every entry read. */
  void checkAll() {
    deferred.forEach(Runnable::run);
    deferred.clear();
  }

  /** Whether the catalog has basic code {@code code}. */
  boolean hasBasic(int code) {
    return basic.containsKey(code);
  }

  /** Adds an extra code, once checked, so that later extras may refer to it. */
  void addExtra(ReplyCode code, Place place) {
    basic.put(code.code(), code);
    basicPlaces.put(code.code(), place);
  }

  /** Where {@code code} is defined. */
  Place placeOf(int code) {
    return basicPlaces.get(code);
  }

  /** Where each enhanced code is defined, by registry key. */
  Map<String, Place> enhancedPlaces() {
    return enhancedPlaces;
  }

  /** Where each basic code is defined, by id. */
  Map<String, Place> basicPlaces() {
    Map<String, Place> byId = new LinkedHashMap<>();
    new TreeMap<>(basicPlaces).forEach((code, place) -> byId.put(code.toString(), place));
    return byId;
  }

  /** The built-in basic codes (extras excluded unless added), in ascending order. */
  /** Whether the basic code {@code id} is one of the catalog's and marked non-standard. */
  boolean isNonStandard(String id) {
    return id.matches("[0-9]{3}") && basic.containsKey(Integer.parseInt(id)) && !basic.get(Integer.parseInt(id)).isStandard();
  }

  List<ReplyCode> basic() {
    return List.copyOf(basic.values());
  }

  /**
   * The enhanced codes, with their classes derived from {@code allBasic}: 2 alone when every
   * associated basic code is a 2yz success; otherwise 4 and 5 (RFC 3463 lets any failure detail be
   * transient or permanent), with 2 as well for X.0.0 or when a 2yz code is associated; and any
   * class a basic code sends it with.
   */
  List<EnhancedCode> enhanced(List<ReplyCode> allBasic) {
    List<EnhancedCode> derived = new ArrayList<>();
    for (EnhancedCode code : enhanced.values()) {
      SortedSet<Integer> digits = new TreeSet<>();
      boolean onlySuccess = !code.basic().isEmpty() && code.basic().stream().allMatch(b -> b / 100 == 2);
      if (!onlySuccess) {
        digits.add(4);
        digits.add(5);
      }
      if (code.code().equals("X.0.0") || code.basic().stream().anyMatch(b -> b / 100 == 2)) {
        digits.add(2);
      }
      for (ReplyCode reply : allBasic) {
        for (String sent : reply.enhanced()) {
          EnhancedStatus.parse(sent)
              .filter(status -> status.registryKey().equals(code.code()))
              .ifPresent(status -> digits.add(status.classDigit()));
        }
      }
      derived.add(code.withClasses(List.copyOf(digits)));
    }
    return derived;
  }
}

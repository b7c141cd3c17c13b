package org.smtpreply.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smtpreply.catalog.internal.Problems;
import org.smtpreply.catalog.internal.ReadFile;
import org.smtpreply.catalog.problem.ProblemKind;

/**
 * The rules of {@code reasons.yaml} and {@code providers.yaml} beyond their schemas: each reason
 * once, each enhanced code and phrase deciding one reason at most, codes the catalog has; each
 * provider and reply id once, each reply recognisable. A provider's reply is recorded as the
 * provider sends it, even where it breaks RFC 3463 (Microsoft 365 sends {@code 550 4.4.7}).
 */
final class BounceChecks {
  private final Problems problems;
  private final FactChecks facts;
  private final List<Reason> reasons = new ArrayList<>();
  private final List<Provider> providers = new ArrayList<>();
  private final Map<String, FactChecks.Place> reasonPlaces = new LinkedHashMap<>();
  private final Map<String, FactChecks.Place> providerPlaces = new LinkedHashMap<>();

  BounceChecks(FactChecks facts, Problems problems) {
    this.facts = facts;
    this.problems = problems;
  }

  /** Checks the reasons of {@code file}. */
  void reasons(ReadFile file) {
    Map<String, String> enhancedOwner = new HashMap<>();
    Map<String, String> phraseOwner = new HashMap<>();
    Map<Integer, String> subjectOwner = new HashMap<>();
    JsonNode items = file.root();
    for (int i = 0; i < items.size(); i++) {
      Reason reason = CatalogLoader.bind(items.get(i), Reason.class);
      String at = "/" + i;
      FactChecks.Place place = new FactChecks.Place(file.file(), file.position(at));
      if (reasonPlaces.putIfAbsent(reason.id(), place) != null) {
        problems.add(ProblemKind.DUPLICATE, file.file(), place.position(), reason.id(),
            "reason is defined twice (first at line " + (reasonPlaces.get(reason.id()).position() >>> 32) + "); remove one");
        continue;
      }
      reasons.add(reason);
      for (int j = 0; j < reason.enhanced().size(); j++) {
        String key = reason.enhanced().get(j);
        long here = file.position(at + "/enhanced/" + j);
        if (!facts.enhancedPlaces().containsKey(key)) {
          problems.add(ProblemKind.UNKNOWN_REFERENCE, file.file(), here, reason.id(),
              "enhanced code " + key + " is not in enhanced.yaml; add it there or remove it here");
        }
        once(enhancedOwner, key, reason, file, here, "enhanced code " + key, "decides", "a code decides one reason");
      }
      for (int j = 0; j < reason.phrases().size(); j++) {
        once(phraseOwner, reason.phrases().get(j), reason, file, file.position(at + "/phrases/" + j),
            "phrase '" + reason.phrases().get(j) + "'", "points to", "a phrase points to one reason");
      }
      for (int j = 0; j < reason.basic().size(); j++) {
        if (!facts.hasBasic(reason.basic().get(j))) {
          problems.add(ProblemKind.UNKNOWN_REFERENCE, file.file(), file.position(at + "/basic/" + j), reason.id(),
              "basic code " + reason.basic().get(j) + " is not in basic.yaml");
        }
      }
      for (int j = 0; j < reason.subjects().size(); j++) {
        once(subjectOwner, reason.subjects().get(j), reason, file, file.position(at + "/subjects/" + j),
            "subject " + reason.subjects().get(j), "suggests", "a subject suggests one reason");
      }
    }
  }

  /** Records that {@code key} leads to {@code reason}, or reports that another reason has it already. */
  private <K> void once(Map<K, String> owners, K key, Reason reason, ReadFile file, long here, String what,
      String verb, String rule) {
    String owner = owners.putIfAbsent(key, reason.id());
    if (owner != null) {
      problems.add(ProblemKind.DUPLICATE, file.file(), here, reason.id(),
          what + " already " + verb + " reason " + owner + "; " + rule);
    }
  }

  /** Checks the providers of {@code file}. */
  void providers(ReadFile file) {
    Map<String, FactChecks.Place> replyPlaces = new HashMap<>();
    JsonNode items = file.root();
    for (int i = 0; i < items.size(); i++) {
      Provider provider = CatalogLoader.bind(items.get(i), Provider.class);
      FactChecks.Place place = new FactChecks.Place(file.file(), file.position("/" + i));
      if (providerPlaces.putIfAbsent(provider.id(), place) != null) {
        problems.add(ProblemKind.DUPLICATE, file.file(), place.position(), provider.id(),
            "provider is defined twice (first at line " + (providerPlaces.get(provider.id()).position() >>> 32)
                + "); remove one");
        continue;
      }
      providers.add(provider);
      for (int j = 0; j < provider.replies().size(); j++) {
        ProviderReply reply = provider.replies().get(j);
        String at = "/" + i + "/replies/" + j;
        FactChecks.Place here = new FactChecks.Place(file.file(), file.position(at));
        FactChecks.Place first = replyPlaces.putIfAbsent(reply.id(), here);
        if (first != null) {
          problems.add(ProblemKind.DUPLICATE, file.file(), here.position(), reply.id(),
              "reply id is used twice (first at line " + (first.position() >>> 32) + "); choose another");
        }
        if (reply.code().isEmpty() && reply.enhanced().isEmpty() && reply.token().isEmpty() && reply.text().isEmpty()) {
          problems.add(ProblemKind.MISSING_FIELD, file.file(), here.position(), reply.id(),
              "give at least one of 'code', 'enhanced', 'token' or 'text', so that the reply can be recognised");
        }
      }
      for (ProviderReply reply : provider.replies()) {
        providerPlaces.putIfAbsent(reply.id(), replyPlaces.get(reply.id()));
      }
    }
  }

  List<Reason> reasons() {
    return reasons;
  }

  List<Provider> providers() {
    return providers;
  }

  /** Where each reason is defined, by id. */
  Map<String, FactChecks.Place> reasonPlaces() {
    return reasonPlaces;
  }

  /** Where each provider and each provider's reply is defined, by id. */
  Map<String, FactChecks.Place> providerPlaces() {
    return providerPlaces;
  }
}

package org.smtpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalog's counts agree with the standards: every code of RFC 5321 and of the SMTP
 * extensions, every code of the IANA "SMTP Enhanced Status Codes" registry, and both locales
 * complete. The expected lists are written out from the documents, not from the catalog.
 */
class CatalogFiguresTest {
  private final Catalog catalog = Catalog.builtIn();
  private final CatalogFigures figures = CatalogFigures.of(catalog);

  /** Reply codes RFCs define: RFC 5321 section 4.2, then the extensions. */
  private static final Map<String, List<Integer>> STANDARD = Map.of(
      "RFC 5321", List.of(211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 455, 500, 501,
          502, 503, 504, 550, 551, 552, 553, 554, 555),
      "RFC 4954 (AUTH)", List.of(235, 334, 432, 454, 530, 534, 535, 538),
      "RFC 1985 (ETRN)", List.of(253, 458, 459),
      "RFC 7504", List.of(521, 556));

  /** Codes no RFC defines: Microsoft Exchange and vendors, and those only the IANA registry lists. */
  private static final List<Integer> NON_STANDARD = List.of(422, 430, 431, 441, 442, 446, 447, 449, 453,
      523, 524, 525, 533, 571);

  /**
   * The registry's subject codes and the highest detail registered under each: X.0.0, X.1.0 to
   * X.1.10, X.2.0 to X.2.4, X.3.0 to X.3.6, X.4.0 to X.4.7, X.5.0 to X.5.6, X.6.0 to X.6.10 and
   * X.7.0 to X.7.30, 81 codes.
   */
  private static final int[] LAST_DETAIL = {0, 10, 4, 6, 7, 6, 10, 30};

  @Test
  void basicCodesAreThoseOfTheRfcsPlusTheMarkedNonStandardOnes() {
    TreeSet<Integer> standard = STANDARD.values().stream().flatMap(List::stream)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(37, standard.size());
    assertEquals(standard, catalog.basicCodes().stream().filter(ReplyCode::isStandard)
        .map(ReplyCode::code).collect(Collectors.toCollection(TreeSet::new)));
    assertEquals(new TreeSet<>(NON_STANDARD), catalog.basicCodes().stream().filter(c -> !c.isStandard())
        .map(ReplyCode::code).collect(Collectors.toCollection(TreeSet::new)));
    assertEquals(standard.size() + NON_STANDARD.size(), figures.basic());
    assertEquals(NON_STANDARD.size(), figures.nonStandard());
  }

  @Test
  void enhancedCodesAreExactlyThoseOfTheIanaRegistry() {
    List<String> registry = new ArrayList<>();
    for (int subject = 0; subject < LAST_DETAIL.length; subject++) {
      for (int detail = 0; detail <= LAST_DETAIL[subject]; detail++) {
        registry.add("X." + subject + "." + detail);
      }
    }
    assertEquals(81, registry.size());
    assertEquals(registry, catalog.enhancedCodes().stream().map(EnhancedCode::code).toList());
    assertEquals(81, figures.enhanced());
  }

  @Test
  void everyRegistryAssociationResolvesToABasicCode() {
    for (EnhancedCode code : catalog.enhancedCodes()) {
      for (int basic : code.basic()) {
        assertEquals(basic, catalog.basic(basic).orElseThrow(() -> new AssertionError(code.code() + " -> " + basic)).code());
      }
    }
  }

  @Test
  void bothLocalesAreComplete() {
    assertEquals(Map.of("en", figures.entries(), "es", figures.entries()), figures.translated());
    System.out.println(figures.describe());
  }
}

package org.smtpreply.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.ProviderReply;
import org.smtpreply.core.EnhancedStatus;

/** The home page as a reader holding a bounce meets it: the common bounces and their verdicts first. */
class HomePageTest {
  private static final List<String> NAMED =
      List.of("550 5.1.1", "552 5.2.2", "452 4.2.2", "554 5.7.1", "421 4.7.0", "451 4.7.1", "550 5.7.26");

  private static List<String> codes(Document home) {
    return home.select("#common li .code").eachText();
  }

  private static Element row(Document home, String code) {
    return home.select("#common li").stream()
        .filter(li -> li.selectFirst(".code").text().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " is not in the common bounces"));
  }

  @Test
  void commonBouncesComeFirstInBothLanguages() {
    for (String lang : List.of("en", "es")) {
      Document home = GeneratedSite.page(lang + "/index.html");
      Elements headings = home.select("main h2");
      assertEquals("h-common", headings.first().id(), lang + ": the first section is the common bounces");
      assertEquals(NAMED, codes(home).subList(0, NAMED.size()), lang);
    }
  }

  @Test
  void eachCommonBounceHasItsVerdictInThePageLanguage() {
    Document en = GeneratedSite.page("en/index.html");
    assertEquals("Hard bounce Do not retry; suppress the address.", row(en, "550 5.1.1").selectFirst(".verdict").text());
    assertEquals("Soft bounce The server retries later; keep the address.",
        row(en, "452 4.2.2").selectFirst(".verdict").text());
    assertEquals("Hard bounce Do not retry; keep the address.", row(en, "552 5.2.2").selectFirst(".verdict").text());
    assertEquals("Hard bounce Do not retry; keep or suppress the address depending on the reason.",
        row(en, "554 5.7.1").selectFirst(".verdict").text());
    assertTrue(row(en, "451 4.7.1").text().contains("greylisting"), "451 4.7.1 is named for greylisting");
    assertEquals("soft", row(en, "421 4.7.0").selectFirst(".badge").className().replace("badge ", ""));

    Document es = GeneratedSite.page("es/index.html");
    assertEquals("Rebote permanente No reintente; suprima la dirección.",
        row(es, "550 5.1.1").selectFirst(".verdict").text());
    assertEquals("Rebote temporal El servidor reintenta más tarde; conserve la dirección.",
        row(es, "451 4.7.1").selectFirst(".verdict").text());
  }

  @Test
  void theProvidersMostDocumentedCodesFollowTheNamedOnes() {
    Map<String, Long> counts = Catalog.builtIn().providers().stream()
        .flatMap(p -> p.replies().stream())
        .map(ProviderReply::enhanced)
        .flatMap(e -> e.stream())
        .filter(e -> EnhancedStatus.parse(e).isPresent() && Catalog.builtIn().enhanced(e).isPresent())
        .collect(Collectors.groupingBy(e -> e, Collectors.counting()));
    List<String> named = NAMED.stream().map(c -> c.substring(4)).toList();
    List<String> expected = counts.entrySet().stream()
        .filter(e -> !named.contains(e.getKey()))
        .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
            .thenComparing(Map.Entry::getKey, EnhancedStatus.ORDER))
        .limit(4)
        .map(Map.Entry::getKey)
        .toList();
    List<String> shown = codes(GeneratedSite.page("en/index.html"));
    assertEquals(NAMED.size() + 4, shown.size());
    assertEquals(expected, shown.subList(NAMED.size(), shown.size()).stream().map(c -> c.substring(4)).toList());
    assertTrue(shown.contains("421 4.7.28"), "Gmail's rate limit, the most documented code not named: " + shown);
  }

  @Test
  void everyCommonBounceLinksToAPageThatExists() {
    Path root = GeneratedSite.root();
    for (String lang : List.of("en", "es")) {
      for (Element link : GeneratedSite.page(lang + "/index.html").select("#common li a")) {
        Path target = root.resolve(lang).resolve(link.attr("href")).normalize();
        assertTrue(Files.isRegularFile(target), link.attr("href") + " from " + lang + "/index.html");
      }
    }
  }

  @Test
  void bouncesComeBeforeTheOtherClasses() {
    for (String lang : List.of("en", "es")) {
      Document home = GeneratedSite.page(lang + "/index.html");
      assertEquals(List.of("class-4xx", "class-5xx", "class-2xx", "class-3xx"),
          home.select(".classes > section").eachAttr("id"), lang);
    }
  }
}

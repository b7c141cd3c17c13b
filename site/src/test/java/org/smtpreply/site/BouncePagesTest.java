package org.smtpreply.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smtpreply.catalog.Catalog;

/**
 * The pages a reader with a bounce in hand lands on: why bounces happen (every reason, with both
 * verdicts), each provider's documented replies, and on a code's page the providers' replies
 * that carry the code, each link leading to the reply itself.
 */
class BouncePagesTest {
  private static final Catalog CATALOG = Catalog.builtIn();

  @ParameterizedTest
  @ValueSource(strings = {"en", "es"})
  void everyReasonHasItsSectionInEachLanguage(String tag) {
    Document page = GeneratedSite.page(tag + "/reasons/index.html");
    CATALOG.reasons().forEach(reason -> {
      Element section = page.getElementById(reason.id());
      assertNotNull(section, reason.id());
      assertTrue(section.text().contains(CATALOG.text(reason, tag).value().title()), reason.id());
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es"})
  void everyProviderReplyHasItsSectionOnItsProvidersPage(String tag) {
    CATALOG.providers().forEach(provider -> {
      Document page = GeneratedSite.page(tag + "/providers/" + provider.id() + "/index.html");
      provider.replies().forEach(reply -> {
        Element section = page.getElementById(reply.id());
        assertNotNull(section, reply.id());
        assertTrue(section.text().contains(CATALOG.text(reply, tag).value().title()), reply.id());
      });
    });
  }

  @Test
  void theEnhancedCodePageListsTheProvidersRepliesThatCarryIt() {
    List<Element> links = GeneratedSite.page("en/enhanced/5.7.1/index.html").select("ul.codes a[href*=providers/]");
    long expected = CATALOG.providers().stream().flatMap(p -> p.replies().stream())
        .filter(r -> r.enhanced().filter("5.7.1"::equals).isPresent()).count();
    assertTrue(expected > 8, "the catalog has many replies with 5.7.1");
    assertEquals(8, links.size(), "a code's page lists a few; the providers' pages have them all");
    links.forEach(link -> assertLeadsToItsSection("en/enhanced/5.7.1/index.html", link));
  }

  @Test
  void theSpanishCodePageOf550ListsTheRepliesWithOnly550InSpanish() {
    List<Element> links = GeneratedSite.page("es/550/index.html").select("ul.codes a[href*=providers/]");
    assertFalse(links.isEmpty());
    Element first = links.get(0);
    assertTrue(first.selectFirst(".code").text().startsWith("550"), first.text());
    links.forEach(link -> assertLeadsToItsSection("es/550/index.html", link));
  }

  @Test
  void aCodeThatDecidesItsReasonOpensWithTheWholeVerdict() {
    Document page = GeneratedSite.page("en/enhanced/5.1.1/index.html");
    Element verdict = page.getElementById("verdict");
    assertNotNull(verdict);
    assertEquals("verdict", page.select("#verdict, p.lead").first().id(), "the verdict comes before the text");
    String text = verdict.text();
    assertTrue(text.contains("Hard bounce") && text.contains("it will not go through"), text);
    assertTrue(text.contains("Suppress the address"), text);
    assertTrue(text.contains("Who acts: the sender."), text);
    Element reason = verdict.selectFirst("a[href*=reasons]");
    assertTrue(reason.attr("href").endsWith("#mailbox-unknown"), reason.attr("href"));
    assertLeadsToItsSection("en/enhanced/5.1.1/index.html", reason);
  }

  @Test
  void aFullMailboxIsAHardBounceWhoseAddressIsKept() {
    String text = GeneratedSite.page("en/enhanced/5.2.2/index.html").getElementById("verdict").text();
    assertTrue(text.contains("Hard bounce") && text.contains("Keep the address"), text);
  }

  @Test
  void aTemporaryUnknownMailboxKeepsTheAddressForNowInSpanish() {
    String text = GeneratedSite.page("es/enhanced/4.1.1/index.html").getElementById("verdict").text();
    assertTrue(text.contains("Rebote temporal") && text.contains("Conserve la dirección por ahora"), text);
  }

  @Test
  void aCodeThatDoesNotDecideItsReasonListsTheCommonOnes() {
    Element verdict = GeneratedSite.page("en/550/index.html").getElementById("verdict");
    assertTrue(verdict.text().contains("it depends on the reason"), verdict.text());
    List<Element> reasons = verdict.select("ul ul a");
    assertTrue(reasons.size() >= 2, verdict.text());
    assertTrue(verdict.text().contains("Suppress the address") && verdict.text().contains("Keep the address"),
        "some of 550's reasons kill the address, others do not: " + verdict.text());
  }

  @Test
  void aSuccessSaysItIsNoBounce() {
    assertTrue(GeneratedSite.page("en/250/index.html").getElementById("verdict").text().contains("Not a bounce"));
  }

  @Test
  void theCodePageShowsRepliesAsProvidersSendThem() {
    Document page = GeneratedSite.page("en/550/index.html");
    List<Element> real = page.select("figure.real");
    assertFalse(real.isEmpty());
    real.forEach(figure -> {
      assertTrue(figure.selectFirst("pre").text().startsWith("550"), figure.text());
      assertLeadsToItsSection("en/550/index.html", figure.selectFirst("figcaption a"));
    });
  }

  @Test
  void aPermanentEnhancedCodeOffersOnlyPermanentBasicCodes() {
    List<String> pairs = GeneratedSite.page("en/enhanced/5.1.1/index.html").select("ul.codes a[href] .code").eachText();
    assertTrue(pairs.contains("550"), pairs.toString());
    assertTrue(pairs.stream().noneMatch(code -> code.startsWith("4")), pairs.toString());
  }

  private static void assertLeadsToItsSection(String from, Element link) {
    String href = link.attr("href");
    int hash = href.indexOf('#');
    String file = href.substring(0, hash);
    Path target = GeneratedSite.root().resolve(from).getParent().resolve(file.isEmpty() || file.endsWith("/")
        ? file + "index.html" : file).normalize();
    Document page = GeneratedSite.parse(target);
    assertNotNull(page.getElementById(href.substring(hash + 1)), from + " -> " + href);
  }
}

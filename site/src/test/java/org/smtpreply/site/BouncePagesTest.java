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
    assertTrue(expected > 5, "the catalog has replies with 5.7.1");
    assertEquals(expected, links.size());
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

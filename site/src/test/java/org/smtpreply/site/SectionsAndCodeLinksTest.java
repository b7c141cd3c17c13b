package org.smtpreply.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, item 3: every code mentioned in prose links to its page, every section has an anchor
 * a reader can share, and long pages open with a short table of contents.
 */
class SectionsAndCodeLinksTest {
  private static final Pattern CODE = Pattern.compile(
      "(?<![\\w.])(?:[2-5]\\d\\d|[245]\\.\\d{1,3}\\.\\d{1,3})(?![\\w]|[.,]\\d)");

  static Stream<String> pages() throws Exception {
    Path root = GeneratedSite.root().toRealPath();
    return GeneratedSite.htmlFiles(root).stream().map(f -> root.relativize(f).toString().replace('\\', '/'));
  }

  /** The pages whose prose is the catalog's; the others' words (search, decoder, status) are the UI's. */
  static Stream<String> prosePages() throws Exception {
    return pages().filter(p -> !p.matches("([^/]+/)?(search|decode|translations|downloads|usages)/.*|.*404\\.html"));
  }

  /** The page a code written in prose would have, in {@code lang}, if the site has one. */
  private static Path pageOf(String lang, String code) {
    Path root = GeneratedSite.root();
    Path page = code.contains(".") ? root.resolve(lang + "/enhanced/" + code + "/index.html")
        : root.resolve(lang + "/" + code + "/index.html");
    return Files.isRegularFile(page) ? page : null;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("prosePages")
  void everyCodeInProseLinksToItsPageButNotToItself(String path) throws Exception {
    Path root = GeneratedSite.root();
    Path self = root.resolve(path).toRealPath();
    Document page = GeneratedSite.page(path);
    String lang = page.selectFirst("html").attr("lang");
    List<String> unlinked = new ArrayList<>();
    // Prose: the main column's paragraphs and list items, not code samples, headings or link lists.
    for (Element block : page.select("main p, main li")) {
      for (TextNode text : block.textNodes()) {
        if (text.parent() != block || block.closest("a, pre, code, .code, ul.codes, .badges, .results, svg") != null) {
          continue;
        }
        Matcher m = CODE.matcher(text.text());
        while (m.find()) {
          Path target = pageOf(lang, m.group());
          if (target != null && !target.toRealPath().equals(self)) {
            unlinked.add(m.group() + " in \"" + text.text().strip() + "\"");
          }
        }
      }
    }
    assertEquals(List.of(), unlinked, path);
    for (Element link : page.select("main a[href]")) {
      String href = link.attr("href");
      if (!href.startsWith("#") && !href.startsWith("http") && CODE.matcher(link.text()).matches()) {
        Path target = root.resolve(path).getParent().resolve(href.replaceAll("#.*", "")).normalize();
        assertTrue(Files.isRegularFile(target), path + ": " + href);
        assertFalse(target.toRealPath().equals(self) && link.closest("nav.toc") == null, path + ": links to itself");
      }
    }
    assertTrue(page.select("pre a").isEmpty(), path + ": no link inside a reply sample");
  }

  /** D19: a server's words are isolated, so no control character in them reorders the page around them. */
  @Test
  void providersRepliesAreIsolatedFromThePage() {
    for (String path : List.of("en/550/index.html", "es/enhanced/5.1.1/index.html", "en/providers/gmail/index.html")) {
      List<Element> replies = GeneratedSite.page(path).select("pre.reply");
      assertFalse(replies.isEmpty(), path);
      replies.forEach(pre -> assertEquals("auto", pre.attr("dir"), path + ": " + pre.outerHtml()));
    }
  }

  @Test
  void theCodePagesProseLinksTheCodesItMentions() {
    Document page = GeneratedSite.page("es/550/index.html");
    Element cause = page.select("#causes + ul li").stream().filter(li -> li.text().contains("5.1.1"))
        .findFirst().orElseThrow();
    assertEquals("../../es/enhanced/5.1.1/index.html", cause.selectFirst("a").attr("href"));
    assertEquals("5.1.1", cause.selectFirst("a").text());
    assertTrue(cause.ownText().contains("550"), "its own code stays text: " + cause.html());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void everySectionHasAnAnchorNamedInThePagesLanguage(String path) {
    Document page = GeneratedSite.page(path);
    String lang = page.selectFirst("html").attr("lang");
    String name = lang.equals("es") ? "Enlace a esta sección:" : "Link to this section:";
    for (Element heading : page.select("main h2, main h3")) {
      if (heading.closest("svg, .card") != null) {
        continue;
      }
      Element anchor = heading.selectFirst("a[href^=#]:empty");
      assertNotNull(anchor, path + ": " + heading.outerHtml());
      String id = anchor.attr("href").substring(1);
      Element target = page.getElementById(id);
      assertNotNull(target, path + ": #" + id);
      assertTrue(target == heading || target.children().contains(heading), path + ": #" + id + " is the section");
      // Named "Link to this section:" and the heading's title (a provider's heading adds its codes).
      String label = accessibleName(page, anchor);
      assertTrue(label.startsWith(name + " ") && heading.text().contains(label.substring(name.length() + 1)),
          path + ": " + label);
    }
  }

  /** The anchor's accessible name, as a screen reader computes it from its label or labelling elements. */
  private static String accessibleName(Document page, Element anchor) {
    if (anchor.hasAttr("aria-label")) {
      return anchor.attr("aria-label");
    }
    return String.join(" ", Arrays.stream(anchor.attr("aria-labelledby").split(" "))
        .map(id -> page.getElementById(id).text()).toList());
  }

  @Test
  void sectionIdsAreTheSameInEveryLanguageSoALinkSurvivesTheSwitch() {
    for (String page : List.of("550/index.html", "enhanced/5.1.1/index.html", "enhanced/4.2.2/index.html")) {
      assertEquals(ids(GeneratedSite.page("en/" + page)), ids(GeneratedSite.page("es/" + page)), page);
    }
    assertEquals(List.of("verdict", "causes", "sender", "admin", "retry", "replies", "commands", "enhanced",
        "providers", "related", "references"), ids(GeneratedSite.page("en/550/index.html")));
  }

  private static List<String> ids(Document page) {
    return page.select("main h2 > a[href^=#]").stream().map(a -> a.attr("href").substring(1)).toList();
  }

  @Test
  void longPagesOpenWithATableOfContents() {
    for (String path : List.of("en/550/index.html", "es/550/index.html", "es/enhanced/5.1.1/index.html",
        "en/enhanced/4.7.1/index.html")) {
      Document page = GeneratedSite.page(path);
      Element toc = page.selectFirst("main nav.toc");
      assertNotNull(toc, path);
      assertEquals(path.startsWith("es") ? "En esta página" : "On this page", toc.attr("aria-label"));
      List<String> sections = page.select("main h2[id]").stream().map(h -> "#" + h.id())
          .filter(id -> !id.equals("#verdict-title")).toList();
      assertEquals(sections, toc.select("a").stream().map(a -> a.attr("href")).toList(), path);
      assertTrue(sections.size() >= 4, path);
      assertEquals("verdict", toc.previousElementSibling().id(), path + ": the verdict comes first");
    }
    // Pages of many sections list them too: the reasons, a provider's replies, the enhanced codes by subject.
    for (String path : List.of("en/reasons/index.html", "es/providers/gmail/index.html", "es/enhanced/index.html")) {
      Document page = GeneratedSite.page(path);
      Element toc = page.selectFirst("main nav.toc");
      assertNotNull(toc, path);
      List<String> sections = page.select("main section[id] > h2").stream().map(h -> "#" + h.parent().id()).toList();
      assertTrue(sections.size() >= 4, path);
      assertEquals(sections, toc.select("a").stream().map(a -> a.attr("href")).toList(), path);
    }
    assertNull(GeneratedSite.page("en/class/5xx/index.html").selectFirst("nav.toc"), "a short page has none");
  }
}

package org.smtpreply.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smtpreply.catalog.Catalog;

/**
 * Every page of a site generated with a base URL, as a search engine and a reader switching
 * languages see it: title, language, canonical address, alternates, switcher target.
 */
class EveryPageTest {
  static final String BASE = "https://smtp.example.org/docs/";
  private static Path site;

  @BeforeAll
  static void generate() throws IOException {
    Path out = Files.createTempDirectory("smtp-reply-every-page").resolve("site");
    new SiteGenerator(Catalog.builtIn()).generate(
        new SiteOptions(out, List.of(), Optional.of(BASE)));
    // The published folder itself, not the link to it, so that paths inside it relativize.
    site = out.toRealPath();
  }

  static Stream<String> pages() {
    try {
      generate();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return GeneratedSite.htmlFiles(site).stream().map(file -> relative(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pageIsCompleteForReadersAndSearchEngines(String path) {
    Document page = GeneratedSite.parse(site.resolve(path));
    String lang = path.contains("/") ? path.substring(0, path.indexOf('/')) : "en";
    assertEquals(lang, page.selectFirst("html").attr("lang"));
    assertFalse(page.title().isBlank(), "title");
    assertFalse(page.selectFirst("meta[name=description]").attr("content").isBlank(), "description");
    String pretty = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    assertEquals(BASE + pretty, page.selectFirst("link[rel=canonical]").attr("href"));
    List<Element> alternates = page.select("link[rel=alternate][hreflang]");
    assertEquals(List.of("en", "es", "x-default"), alternates.stream().map(e -> e.attr("hreflang")).toList());
    assertTrue(alternates.stream().allMatch(e -> e.attr("href").startsWith(BASE)), "absolute alternates");
    if (path.endsWith("404.html")) {
      assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
    } else {
      assertTrue(alternates.stream().anyMatch(e -> e.attr("href").equals(BASE + pretty)), "self among alternates");
    }
    for (Element link : page.select("nav.languages a[hreflang]")) {
      // The 404 pages link from the base URL, since a server shows them at any depth.
      String href = link.attr("href");
      Path twin = href.startsWith(BASE) ? site.resolve(href.substring(BASE.length()))
          : site.resolve(path).getParent().resolve(href).normalize();
      assertTrue(Files.isRegularFile(twin), link.attr("href"));
      assertEquals(link.attr("hreflang"), GeneratedSite.parse(twin).selectFirst("html").attr("lang"));
      String other = link.attr("hreflang");
      String expected = path.contains("/") ? other + path.substring(path.indexOf('/')) : other + "/" + path;
      assertEquals(expected, relative(twin), "the switcher keeps the page");
    }
  }

  private static String relative(Path file) {
    return site.relativize(file).toString().replace('\\', '/');
  }

  @Test
  void sitemapListsEveryPageWithItsAlternatesAndRobotsPointsToIt() throws IOException {
    String sitemap = Files.readString(site.resolve("sitemap.xml"));
    assertTrue(sitemap.contains("<loc>" + BASE + "es/550/</loc>"), "es/550 in sitemap");
    assertTrue(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + BASE + "en/550/\"/>"));
    assertFalse(sitemap.contains("404.html"), "404 pages are not indexed");
    for (String notFound : List.of("404.html", "es/404.html")) {
      Document page = GeneratedSite.parse(site.resolve(notFound));
      assertEquals(BASE + "assets/site.css", page.selectFirst("link[rel=stylesheet]").attr("href"), notFound);
      assertEquals(BASE + "assets/site.js", page.selectFirst("script[src]").attr("src"), notFound);
      assertTrue(page.select("main a[href]").stream().allMatch(a -> a.attr("href").startsWith(BASE)), notFound);
    }
    assertEquals("User-agent: *\nAllow: /\nSitemap: " + BASE + "sitemap.xml\n", Files.readString(site.resolve("robots.txt")));
  }
}

package org.smtpreply.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.ReplyCode;

/** What a reader sees on the generated pages, read with jsoup. */
class SitePagesTest {

  static Stream<Arguments> everyCodeInEveryLocale() {
    return Catalog.builtIn().basicCodes().stream()
        .flatMap(c -> Stream.of(Arguments.of(c.code(), "en", "es"), Arguments.of(c.code(), "es", "en")));
  }

  @ParameterizedTest(name = "{1}/{0}")
  @MethodSource("everyCodeInEveryLocale")
  void everyCodeHasAPageInEachLanguageLinkedToItsTwin(int code, String lang, String other) {
    Document page = GeneratedSite.page(lang + "/" + code + "/index.html");
    ReplyCode reply = Catalog.builtIn().basic(code).orElseThrow();
    String title = Catalog.builtIn().text(reply, lang).value().title();
    assertEquals(lang, page.selectFirst("html").attr("lang"));
    assertEquals(code + " " + title, page.selectFirst("h1").text());
    Element twin = page.selectFirst("nav.languages a[hreflang=" + other + "]");
    assertEquals("../../" + other + "/" + code + "/index.html", twin.attr("href"));
    assertEquals("../../" + other + "/" + code + "/index.html",
        page.selectFirst("link[rel=alternate][hreflang=" + other + "]").attr("href"));
  }

  @Test
  void spanishPageOf550IsInSpanishAndLinksToTheEnglishOne() {
    Document page = GeneratedSite.page("es/550/index.html");
    assertEquals("es", page.selectFirst("html").attr("lang"));
    assertTrue(page.selectFirst("h1").text().contains("Buzón"), page.selectFirst("h1").text());
    assertEquals("Rebote permanente", page.selectFirst(".badge.hard").text());
    assertEquals("De un vistazo", page.select("h2").first().text(), "the verdict opens the page");
    assertEquals("Causas habituales", page.select("article > div > h2, article > h2").stream()
        .filter(h -> h.closest("#verdict") == null).findFirst().orElseThrow().text());
    assertEquals("../../en/550/index.html", page.selectFirst("nav.languages a[lang=en]").attr("href"));
    assertTrue(page.selectFirst("nav.languages a[aria-current=page]").attr("lang").equals("es"));
    assertTrue(page.select("a[href=../../es/enhanced/5.1.1/index.html]").size() > 0);
  }

  @Test
  void homePagesGroupCodesByClassWithTheirBounceKind() {
    Document en = GeneratedSite.page("en/index.html");
    assertEquals("Soft bounce", en.selectFirst("#class-4xx .badge").text());
    assertEquals("Hard bounce", en.selectFirst("#class-5xx .badge").text());
    assertFalse(en.select("#class-5xx a[href=../en/550/index.html]").isEmpty());
    assertFalse(en.select("#class-2xx a[href=../en/250/index.html]").isEmpty());
    Document es = GeneratedSite.page("es/index.html");
    assertEquals("Rebote temporal", es.selectFirst("#class-4xx .badge").text());
    assertFalse(es.select("#class-4xx a[href=../es/421/index.html]").isEmpty());
  }

  @Test
  void rootPageLetsTheReaderChooseALanguage() {
    Document index = GeneratedSite.page("index.html");
    assertEquals("en/index.html", index.selectFirst("ul.choices a[hreflang=en]").attr("href"));
    assertEquals("es/index.html", index.selectFirst("ul.choices a[hreflang=es]").attr("href"));
  }

  @Test
  void theExampleReplyIsARealServersWordsMarkedEnglish() {
    Catalog catalog = Catalog.builtIn();
    Set<String> sent = new HashSet<>();
    catalog.providers().forEach(p -> p.replies().stream().filter(r -> r.code().orElse(0) == 550)
        .forEach(r -> sent.add(r.example())));
    for (String tag : List.of("en", "es")) {
      Element example = GeneratedSite.page(tag + "/550/index.html").selectFirst("pre.reply");
      assertEquals("en", example.attr("lang"));
      assertTrue(sent.contains(example.text()), "a provider's 550 reply from the catalog: " + example.text());
    }
    assertEquals(null, GeneratedSite.page("en/211/index.html").selectFirst("pre.reply"),
        "no provider's reply carries 211, so there is no example rather than a made-up one");
  }

  @Test
  void nonStandardCodeSaysWhereItComesFrom() {
    Document page = GeneratedSite.page("en/453/index.html");
    assertTrue(page.selectFirst(".badge.nonstandard") != null);
    assertTrue(page.selectFirst(".origin").text().contains("Cisco"), page.selectFirst(".origin").text());
    Document es = GeneratedSite.page("es/453/index.html");
    assertTrue(es.selectFirst(".origin").text().contains("Una FAQ de Cisco"), "in Spanish on a Spanish page: "
        + es.selectFirst(".origin").text());
  }

  @Test
  void catalogIsOfferedAsJsonWithItsSchema() throws Exception {
    Document es = GeneratedSite.page("es/downloads/index.html");
    assertEquals("../../downloads/catalog.json", es.selectFirst("ul.downloads a").attr("href"));
    java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
    org.smtpreply.catalog.export.CatalogJson.write(Catalog.builtIn(), expected);
    assertEquals(expected.toString(java.nio.charset.StandardCharsets.UTF_8),
        Files.readString(GeneratedSite.root().resolve("downloads/catalog.json")));
    assertTrue(Files.readString(GeneratedSite.root().resolve("downloads/catalog.schema.json")).contains("2020-12"));
  }

  @Test
  void bounceGuideExplainsHowASoftBounceBecomesHard() throws Exception {
    Document en = GeneratedSite.page("en/guides/bounces/index.html");
    Document es = GeneratedSite.page("es/guides/bounces/index.html");
    assertTrue(en.text().contains("non-delivery report"), "English guide");
    assertTrue(es.text().contains("rebote permanente") && es.text().contains("informe de no entrega"), "Spanish guide");
    assertTrue(Files.exists(GeneratedSite.root().resolve("assets/site.css")));
  }
}

package org.smtpreply.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.cli.SmtpReplyCliAccess.Run;
import org.smtpreply.cli.check.LinkChecker;
import org.smtpreply.cli.check.SiteFiles;
import org.smtpreply.fixtures.Corpus;
import org.smtpreply.site.GeneratedSite;

/** The page "replies this codebase emits", from a processor's usage index and an extra catalog. */
class UsagesPageTest {
  @TempDir Path dir;

  static final String USAGES = String.join("\n",
      "{",
      "  \"format\" : 1,",
      "  \"usages\" : [ {",
      "    \"element\" : \"com.example.mail.UnknownRecipientException\",",
      "    \"kind\" : \"class\", \"code\" : 550, \"enhanced\" : \"5.1.1\", \"text\" : \"Recipient <rejected>\"",
      "  }, {",
      "    \"element\" : \"com.example.mail.PolicyBlock\",",
      "    \"kind\" : \"method\", \"code\" : 577, \"enhanced\" : \"\", \"text\" : \"Blocked\"",
      "  } ]",
      "}",
      "");

  static final String EXTRA = Corpus.extraCatalog577();

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static Run cli(String... args) {
    return SmtpReplyCliAccess.run(args);
  }

  @Test
  void eachLocaleGetsThePageWithEveryReplyLinkedToItsExplanation() throws IOException {
    Path site = dir.resolve("site");
    Run run = cli("generate", "--out", site.toString(), "--usages", write("usages.json", USAGES).toString(),
        "--catalog", write("extra.yaml", EXTRA).toString());
    assertEquals(0, run.code(), run.err());

    Document en = GeneratedSite.parse(site.resolve("en/usages/index.html"));
    assertEquals("Replies this codebase emits", en.selectFirst("h1").text());
    List<Element> rows = en.select("ol.usages > li");
    assertEquals(2, rows.size());
    assertEquals("../../en/550/index.html", rows.get(0).select("a").get(0).attr("href"));
    assertEquals("../../en/enhanced/5.1.1/index.html", rows.get(0).select("a").get(1).attr("href"));
    assertEquals("Recipient <rejected>", rows.get(0).selectFirst(".said bdi").text(), "text is escaped, not markup");
    assertEquals("com.example.mail.UnknownRecipientException", rows.get(0).select("code").text());
    assertEquals("Hard bounce", rows.get(0).selectFirst(".badge.hard").text(), "each reply with its bounce badge");
    assertFalse(rows.get(0).selectFirst("strong").text().isBlank(), "and its title");
    assertEquals("../../en/577/index.html", rows.get(1).select("a").attr("href"));
    assertTrue(rows.get(1).selectFirst(".where").text().endsWith("Handler method"), rows.get(1).text());
    for (Element link : en.select("ol.usages a")) {
      assertTrue(Files.exists(site.resolve("en/usages").resolve(link.attr("href")).normalize()), link.attr("href"));
    }

    Document es = GeneratedSite.parse(site.resolve("es/usages/index.html"));
    assertEquals("es", es.selectFirst("html").attr("lang"));
    assertEquals("Respuestas SMTP que emite este proyecto", es.selectFirst("h1").text());
    assertEquals("Bloqueado por la pasarela Example", es.select("ol.usages > li").get(1).selectFirst("strong").text());
    assertEquals("../../en/usages/index.html", es.select("link[hreflang=en]").attr("href"));
    Document home = GeneratedSite.parse(site.resolve("es/550/index.html"));
    assertEquals("../../es/usages/index.html", home.selectFirst("nav.main a[href*=usages]").attr("href"), "linked from every page");
  }

  /** D19: a codebase's text with bidi controls (U+202E) could reorder the page around it. */
  @Test
  void aCodebasesTextCannotReorderThePage() throws IOException {
    Path site = dir.resolve("site");
    String rlo = "\u202e";
    String usages = USAGES.replace("Recipient <rejected>", "Recipient " + rlo + "detcejer")
        .replace("com.example.mail.PolicyBlock", "com.example.mail.Policy" + rlo + "kcolB");
    assertEquals(0, cli("generate", "--out", site.toString(), "--usages", write("usages.json", usages).toString(),
        "--catalog", write("extra.yaml", EXTRA).toString()).code());
    for (String lang : List.of("en", "es")) {
      Document page = GeneratedSite.parse(site.resolve(lang + "/usages/index.html"));
      int found = 0;
      for (Element element : page.body().select("*")) {
        for (TextNode text : element.textNodes()) {
          if (text.text().contains(rlo)) {
            found++;
            // Isolated: inside a <bdi> (or an element with its own direction) within the reply's item.
            Element isolate = element.closest("bdi, [dir]");
            assertTrue(isolate != null && isolate.closest("ol.usages > li") != null, lang + ": " + element.outerHtml());
          }
        }
      }
      assertEquals(2, found, lang + ": the text and the element name");
    }
  }

  @Test
  void withoutAnIndexThereIsNoUsagesPage() {
    Path site = dir.resolve("site");
    assertEquals(0, cli("generate", "--out", site.toString(), "--locales", "en").code());
    assertFalse(Files.exists(site.resolve("en/usages")));
    assertTrue(GeneratedSite.parse(site.resolve("en/550/index.html")).select("a[href*=usages]").isEmpty(), "no link to it");
  }

  @Test
  void aCodeTheCatalogLacksIsOneLineNamingTheUsage() throws IOException {
    Path site = dir.resolve("site");
    Path usages = write("usages.json", USAGES);
    Run run = cli("generate", "--out", site.toString(), "--usages", usages.toString());
    assertEquals(1, run.code());
    assertEquals(List.of("error: " + usages + ": usage #2 (com.example.mail.PolicyBlock): code 577 is not in the catalog;"
        + " pass the extra catalog the processor used with --catalog"), run.err().lines().toList());
    assertFalse(Files.exists(site));
  }

  @Test
  void aBrokenIndexIsOneLineWithItsPosition() throws IOException {
    Path usages = write("usages.json", "{\n  \"format\" : 1,\n  \"usages\" : [ {\n");
    Run run = cli("generate", "--out", dir.resolve("site").toString(), "--usages", usages.toString());
    assertEquals(1, run.code());
    List<String> lines = run.err().lines().toList();
    assertEquals(1, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith("error: " + usages + ":4:"), lines.get(0));
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void theRepliesAloneMakeASmallSiteOfTheirCodesWithTheTeamsOwnNames() throws IOException {
    Path site = dir.resolve("site");
    Run run = cli("generate", "--out", site.toString(), "--usages", write("usages.json", USAGES).toString(),
        "--catalog", write("extra.yaml", EXTRA).toString(), "--replies-only", "--title", "Acme Mail <docs>",
        "--project-name", "Acme MTA", "--footer", "Acme Corp, mail operations");
    assertEquals(0, run.code(), run.err());

    Document en = GeneratedSite.parse(site.resolve("en/index.html"));
    assertEquals("Replies Acme MTA emits", en.selectFirst("h1").text(), "the replies are the home page");
    assertEquals("Replies Acme MTA emits · Acme Mail <docs>", en.title());
    assertEquals("Acme Mail <docs>", en.selectFirst("header .brand").text());
    assertEquals("Acme Corp, mail operations", en.selectFirst("footer").text());
    assertEquals(2, en.select("ol.usages > li").size());
    assertEquals("Respuestas SMTP que emite Acme MTA",
        GeneratedSite.parse(site.resolve("es/index.html")).selectFirst("h1").text());

    // The pages of the codes the replies use, every form of their enhanced codes, and nothing else.
    for (String page : List.of("index.html", "404.html", "en/550/index.html", "en/577/index.html",
        "en/enhanced/5.1.1/index.html", "en/enhanced/4.1.1/index.html", "es/550/index.html", "en/search/index.html")) {
      assertTrue(Files.isRegularFile(site.resolve(page)), page);
    }
    for (String absent : List.of("en/551", "en/usages", "en/decode", "en/enhanced/index.html", "en/class",
        "en/guides", "en/downloads", "en/translations", "en/enhanced/5.7.1")) {
      assertFalse(Files.exists(site.resolve(absent)), absent);
    }
    Document code = GeneratedSite.parse(site.resolve("en/550/index.html"));
    assertEquals(List.of("../../en/index.html"), code.select("nav.main a").eachAttr("href"), "no link to the reference's pages");
    assertEquals("../../en/enhanced/5.1.1/index.html", code.select("ul.codes a").attr("href"),
        "only the codes with a page are listed");
    assertEquals(List.of(), new LinkChecker().check(SiteFiles.of(site)), "no link leads off the small site");
    assertTrue(code.select("figure.real figcaption").size() > 0, "providers' real replies are shown");
    assertEquals(0, code.select("figure.real a, #verdict li a").size(), "named without links to pages the site lacks");
    for (String tag : List.of("en", "es")) {
      String index = Files.readString(site.resolve("assets/search-" + tag + ".js"));
      assertFalse(index.contains("/providers/"), "search finds no provider page: " + tag);
    }
  }

  @Test
  void theRepliesAloneNeedAnIndex() {
    Path site = dir.resolve("site");
    Run run = cli("generate", "--out", site.toString(), "--replies-only");
    assertEquals(2, run.code());
    assertEquals("error: --replies-only publishes the replies of a usage index; give it with --usages\n", run.err());
    assertFalse(Files.exists(site));
  }
}

package org.smtpreply.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.fixtures.CatalogCopy;
import org.smtpreply.site.GeneratedSite;

/**
 * A team adds Brazilian Portuguese with files only: an entry in locales.yaml marked partial, a
 * few texts and a few UI strings. The site then has pt-BR pages, English where pt-BR has no text
 * (marked as such), pt-BR in every switcher and alternate, and a status report that counts right.
 */
class ThirdLocaleTest {
  @TempDir static Path dir;
  private static Path data;
  private static Path site;
  private static String generateOutput;

  @BeforeAll
  static void addPortugueseAndGenerate() throws IOException {
    data = dir.resolve("data");
    CatalogCopy.into(data).root();
    Files.writeString(data.resolve("locales.yaml"), Files.readString(Path.of("../i18n/src/main/resources/org/smtpreply/i18n/locales.yaml"))
        + "- tag: pt-BR\n  name: Português (Brasil)\n  partial: true\n", StandardCharsets.UTF_8);
    Files.createDirectories(data.resolve("pt-BR"));
    Files.writeString(data.resolve("pt-BR/basic.yaml"), """
        "550":
          title: Caixa postal indisponível
          summary: O servidor recusou a mensagem porque a caixa postal não existe ou não a aceita.
          causes:
            - O endereço do destinatário está errado.
          sender: Verifique o endereço e envie de novo.
          admin: Confira se a caixa postal existe.
          retry: Não tente de novo sem corrigir o endereço.
        "421":
          title: Serviço indisponível
          summary: O servidor fechou a conexão por um problema temporário.
          causes:
            - O servidor está sobrecarregado ou reiniciando.
          sender: Tente de novo mais tarde.
          admin: Verifique a carga e os limites do servidor.
          retry: Tente de novo em intervalos crescentes.
        """, StandardCharsets.UTF_8);
    Files.createDirectories(data.resolve("ui"));
    Files.writeString(data.resolve("ui/pt-BR.properties"), "nav.home=Início\nbounce.hard=Rejeição permanente\ndecoder.bounce.reason=Motivo da devolução\n", StandardCharsets.UTF_8);
    site = dir.resolve("site");
    generateOutput = run("generate", "--out", site.toString(), "--catalog-dir", data.toString());
  }

  @Test
  void portuguesePagesExistWithTheirOwnTextsAndUiStrings() {
    Document page = GeneratedSite.parse(site.resolve("pt-BR/550/index.html"));
    assertEquals("pt-BR", page.selectFirst("html").attr("lang"));
    assertEquals("550 Caixa postal indisponível", page.selectFirst("h1").text());
    assertTrue(page.select(".fallback").isEmpty(), "its own text is not marked");
    assertEquals("Início", page.selectFirst("nav.main a").text());
    assertTrue(Files.isRegularFile(site.resolve("pt-BR/enhanced/5.1.1/index.html")));
    assertTrue(Files.isRegularFile(site.resolve("pt-BR/guides/bounces/index.html")));
  }

  /** The decoder's words for a bounce are UI strings too: the locale's own file translates them, the rest are English. */
  @Test
  void theDecodersWordsForABounceComeFromTheLocalesUiFile() throws IOException {
    String script = Files.readString(site.resolve("assets/bounce-pt-BR.js"), StandardCharsets.UTF_8);
    JsonNode words = new ObjectMapper().readTree(script.substring(script.indexOf('=') + 1, script.lastIndexOf(';'))).path("ui");
    assertEquals("Motivo da devolução", words.path("reason").asText());
    assertEquals("Recipient", words.path("recipient").asText());
    assertEquals("Rejeição permanente", words.path("bounce.hard").asText());
  }

  @Test
  void untranslatedTextFallsBackToEnglishAndIsMarked() {
    Document page = GeneratedSite.parse(site.resolve("pt-BR/551/index.html"));
    Element fallback = page.selectFirst(".fallback");
    assertEquals("en", fallback.attr("lang"));
    Element note = fallback.selectFirst(".fallback-note");
    assertTrue(note.text().contains("English"), note.text());
    // pt-BR has no note of its own yet, so the note itself is English and says so.
    assertEquals("en", note.attr("lang"));
    assertTrue(fallback.selectFirst("h1").text().startsWith("551 "));
  }

  @Test
  void theSwitcherAndTheAlternatesIncludePortuguese() {
    for (String path : List.of("en/550/index.html", "es/550/index.html", "pt-BR/550/index.html")) {
      Document page = GeneratedSite.parse(site.resolve(path));
      assertEquals(List.of("en", "es", "pt-BR", "x-default"),
          page.select("link[rel=alternate][hreflang]").stream().map(e -> e.attr("hreflang")).toList(), path);
      assertEquals(List.of("English", "Español", "Português (Brasil)"),
          page.select("nav.languages a").stream().map(Element::text).toList(), path);
    }
  }

  @Test
  void theStatusReportCountsWhatTheFilesHold() {
    int entries = GeneratedSite.parse(site.resolve("es/translations/index.html")).select("main li").size();
    String es = run("translations", "status", "--catalog-dir", data.toString(), "--locale", "es");
    int total = Integer.parseInt(es.replaceAll("(?s)^es: \\d+ of (\\d+) translated.*", "$1"));
    assertEquals(0, entries, "Spanish lists nothing missing or stale");
    assertEquals("es: " + total + " of " + total + " translated, 0 missing, 0 stale\n", es);

    String before = run("translations", "status", "--catalog-dir", data.toString(), "--locale", "pt-BR");
    assertTrue(before.startsWith("pt-BR: 0 of " + total + " translated, " + (total - 2) + " missing, 2 stale (partial)\n"), before);
    assertTrue(generateOutput.contains("warning: translations: pt-BR: 0 of " + total + " translated"), generateOutput);

    assertEquals("pt-BR: 2 entries newly confirmed\n", run("translations", "confirm", "--catalog-dir", data.toString(), "--locale", "pt-BR"));
    String after = run("translations", "status", "--catalog-dir", data.toString(), "--locale", "pt-BR");
    assertTrue(after.startsWith("pt-BR: 2 of " + total + " translated, " + (total - 2) + " missing, 0 stale (partial)\n"), after);

    Document status = GeneratedSite.parse(site.resolve("pt-BR/translations/index.html"));
    assertEquals(total - 2, status.select("#missing li").size());
    assertEquals(2, status.select("#stale li").size());
    assertTrue(status.select("#missing a[href$=551/index.html]").size() == 1);
  }

  private static String run(String... args) {
    SmtpReplyCliAccess.Run run = SmtpReplyCliAccess.run(args);
    assertEquals(0, run.code(), run.err());
    return run.out().replace(System.lineSeparator(), "\n") + run.err().replace(System.lineSeparator(), "\n");
  }
}

package org.smtpreply.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.catalog.CatalogLoader;
import org.smtpreply.fixtures.CatalogCopy;
import org.smtpreply.site.serve.DevServer;

/** The preview server serves the site on localhost and rebuilds it when the catalog changes. */
class ServeTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void servesRebuildsOnChangeAndReloads(@TempDir Path dir) throws Exception {
    Path catalog = CatalogCopy.into(dir.resolve("catalog")).root();
    Path out = dir.resolve("site");
    StringWriter log = new StringWriter();
    try (DevServer server = new DevServer(out, () -> new SiteGenerator(CatalogLoader.directory(catalog).load())
        .generate(new SiteOptions(out, List.of(), Optional.empty())), new PrintWriter(log, true))) {
      server.start(0, List.of(catalog));
      assertTrue(server.address().getHost().equals("127.0.0.1"));

      HttpResponse<String> page = get(server.address().resolve("es/550/"));
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("<script src=\"/__smtp-reply/reload.js\"></script></body>"), "reload script");
      assertEquals(404, get(server.address().resolve("es/599/")).statusCode());
      assertTrue(get(server.address().resolve("es/599/")).body().contains("Página no encontrada"), "Spanish 404");
      assertEquals(404, get(server.address().resolve("../../etc/passwd")).statusCode());
      assertTrue(get(server.address().resolve("nowhere/at/all")).body().contains("Page not found"), "root 404");

      Path es = catalog.resolve("es/basic.yaml");
      String text = Files.readString(es, StandardCharsets.UTF_8);
      Files.writeString(es, text.replace("\"550\":\n  title: ", "\"550\":\n  title: Título cambiado "), StandardCharsets.UTF_8);
      int before = server.version();
      for (int i = 0; i < 200 && server.version() == before; i++) {
        Thread.sleep(100);
      }
      assertEquals(before + 1, server.version(), log.toString());
      assertEquals(Integer.toString(before + 1), get(server.address().resolve("__smtp-reply/version")).body());
      assertTrue(get(server.address().resolve("es/550/")).body().contains("Título cambiado"), "rebuilt page");
    }
  }

  @Test
  void staticModeServesFilesAsWritten() throws Exception {
    Path root = GeneratedSite.root();
    try (DevServer server = DevServer.staticSite(root)) {
      server.start(0, List.of());
      HttpResponse<String> page = get(server.address().resolve("es/550/"));
      assertEquals(200, page.statusCode());
      assertEquals(Files.readString(root.resolve("es/550/index.html"), StandardCharsets.UTF_8), page.body(),
          "byte for byte, with no reload script");
      assertEquals("image/svg+xml", get(server.address().resolve("assets/icon.svg")).headers()
          .firstValue("Content-Type").orElse(""));
      assertEquals(404, get(server.address().resolve("__smtp-reply/version")).statusCode(), "no preview endpoints");
      assertTrue(get(server.address().resolve("es/599/")).body().contains("Página no encontrada"), "Spanish 404");
    }
  }

  @Test
  void aDeepMissingAddressGetsThe404PageWithItsStylesAndLinks() throws Exception {
    try (DevServer server = DevServer.staticSite(GeneratedSite.root())) {
      server.start(0, List.of());
      for (String missing : List.of("a/b/c/missing", "es/a/b/c/missing.html", "en/550/nope/")) {
        URI address = server.address().resolve(missing);
        HttpResponse<String> page = get(address);
        assertEquals(404, page.statusCode(), missing);
        Document html = Jsoup.parse(page.body(), address.toString());
        // What the browser fetches next, from where the reader is: the stylesheet, the script, the links.
        HttpResponse<String> css = get(URI.create(html.selectFirst("link[rel=stylesheet]").absUrl("href")));
        assertEquals(200, css.statusCode(), missing + ": stylesheet");
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElse("").toLowerCase());
        assertEquals(200, get(URI.create(html.selectFirst("script[src]").absUrl("src"))).statusCode(), missing);
        for (Element link : html.select("main a[href], nav.main a[href], nav.languages a[href]")) {
          assertEquals(200, get(URI.create(link.absUrl("href"))).statusCode(), missing + ": " + link.attr("href"));
        }
      }
    }
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}

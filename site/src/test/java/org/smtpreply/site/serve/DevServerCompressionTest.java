package org.smtpreply.site.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page travels compressed to a browser that accepts gzip, as web hosts send it, and the browser
 * gets the file's bytes back; a client that does not ask gets them as they are.
 */
class DevServerCompressionTest {
  @TempDir Path dir;
  private DevServer server;
  private byte[] page;
  private byte[] picture;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void serveASite() throws IOException {
    StringBuilder html = new StringBuilder("<!doctype html><title>codes</title><ul>");
    for (int code = 200; code < 600; code++) {
      html.append("<li><a href=\"../en/").append(code).append("/\">").append(code).append("</a></li>");
    }
    page = html.append("</ul>").toString().getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("index.html"), page);
    Files.writeString(dir.resolve("small.css"), "body{margin:0}", StandardCharsets.UTF_8);
    picture = new byte[4096];
    Files.write(dir.resolve("picture.png"), picture);
    server = DevServer.staticSite(dir);
    server.start(0, List.of());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.address().resolve(path));
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @CsvSource({"'gzip, deflate, br'", "'br;q=1.0, gzip;q=0.8'", "GZIP", "*"})
  void aBrowserThatAcceptsGzipGetsThePageCompressedAndUnchanged(String acceptEncoding) throws Exception {
    HttpResponse<byte[]> response = get("/", acceptEncoding);
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("gzip"), response.headers().firstValue("Content-Encoding"));
    assertEquals(Optional.of("Accept-Encoding"), response.headers().firstValue("Vary"));
    assertTrue(response.body().length < page.length / 3, "compressed to " + response.body().length + " of " + page.length + " bytes");
    assertArrayEquals(page, gunzip(response.body()));
  }

  @ParameterizedTest
  @CsvSource(value = {"NONE", "identity", "gzip;q=0", "'br, gzip; q=0.000'", "'gzip;q=0, *'", "'*;q=0'"}, nullValues = "NONE")
  void aClientThatDoesNotAcceptGzipGetsTheFileAsItIs(String acceptEncoding) throws Exception {
    HttpResponse<byte[]> response = get("/", acceptEncoding);
    assertFalse(response.headers().firstValue("Content-Encoding").isPresent());
    assertEquals(Optional.of("Accept-Encoding"), response.headers().firstValue("Vary"));
    assertArrayEquals(page, response.body());
  }

  @Test
  void picturesAndTinyFilesAreSentAsTheyAre() throws Exception {
    HttpResponse<byte[]> png = get("/picture.png", "gzip");
    assertFalse(png.headers().firstValue("Content-Encoding").isPresent());
    assertArrayEquals(picture, png.body());
    HttpResponse<byte[]> css = get("/small.css", "gzip");
    assertFalse(css.headers().firstValue("Content-Encoding").isPresent());
    assertEquals("body{margin:0}", new String(css.body(), StandardCharsets.UTF_8));
  }

  @Test
  void theNotFoundPageIsCompressedToo() throws Exception {
    Files.write(dir.resolve("404.html"), page);
    HttpResponse<byte[]> response = get("/nowhere/", "gzip");
    assertEquals(404, response.statusCode());
    assertEquals(Optional.of("gzip"), response.headers().firstValue("Content-Encoding"));
    assertArrayEquals(page, gunzip(response.body()));
  }

  @Test
  void aHeadRequestGetsTheHeadersOfTheCompressedAnswer() throws Exception {
    HttpResponse<Void> response = client.send(HttpRequest.newBuilder(server.address())
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept-Encoding", "gzip").build(),
        HttpResponse.BodyHandlers.discarding());
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("gzip"), response.headers().firstValue("Content-Encoding"));
  }
}

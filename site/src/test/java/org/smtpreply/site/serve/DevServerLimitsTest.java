package org.smtpreply.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.site.result.SiteReport;

/**
 * D7, D8 and D16: the preview server serves the site and nothing else, to this machine only, and
 * slow or hostile clients cannot stall it.
 */
class DevServerLimitsTest {
  @TempDir Path dir;
  private Path site;
  private DevServer server;
  private int port;

  @BeforeEach
  void serveASmallSite() throws IOException {
    Path version = Files.createDirectories(dir.resolve(".site.v-1"));
    Files.writeString(version.resolve("index.html"), "<!doctype html><title>home</title>", StandardCharsets.UTF_8);
    Files.writeString(version.resolve("404.html"), "<!doctype html><title>not found</title>", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("outside.txt"), "secret", StandardCharsets.UTF_8);
    // A site as a publish leaves it: --out a link to the version.
    site = Files.createSymbolicLink(dir.resolve("site"), version.getFileName());
    server = DevServer.staticSite(site);
    server.start(0, List.of());
    port = server.address().getPort();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The status line of the answer to {@code request}, sent as it is; empty if the server closed without one. */
  private String status(String request) throws IOException {
    String response = exchange(request);
    return response.isEmpty() ? "" : response.substring(0, response.indexOf("\r\n"));
  }

  private String exchange(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) > 0; ) {
          response.write(buffer, 0, n);
        }
      } catch (IOException e) {
        // A reset after the answer: what was read is the answer.
      }
      return response.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private static String get(String path, String host) {
    return "GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n") + "Connection: close\r\n\r\n";
  }

  /** D7: a web page elsewhere could read the site through DNS rebinding: any Host was answered. */
  @Test
  void onlyLoopbackHostsAreAnswered() throws IOException {
    assertEquals("HTTP/1.1 421 ", status(get("/", "attacker.example")));
    assertEquals("HTTP/1.1 421 ", status(get("/", "attacker.example:" + port)));
    assertEquals("HTTP/1.1 421 ", status(get("/", "127.0.0.1.attacker.example")));
    assertEquals("HTTP/1.1 421 ", status("GET / HTTP/1.0\r\n\r\n"));
    for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port)) {
      assertEquals("HTTP/1.1 200 OK", status(get("/", host)), host);
    }
  }

  /** D7: a symbolic link inside the site exposed any file of the machine (curl .../etc-link/passwd). */
  @Test
  void symbolicLinksOutOfTheSiteAreNeverFollowed() throws IOException {
    Path version = site.toRealPath();
    Files.createSymbolicLink(version.resolve("etc-link"), Path.of("/etc"));
    Files.createSymbolicLink(version.resolve("secret.txt"), Path.of("../outside.txt"));
    Files.createSymbolicLink(version.resolve("home.html"), Path.of("index.html"));
    String local = "127.0.0.1:" + port;
    assertEquals("HTTP/1.1 404 Not Found", status(get("/etc-link/passwd", local)));
    assertEquals("HTTP/1.1 404 Not Found", status(get("/etc-link/", local)));
    String secret = exchange(get("/secret.txt", local));
    assertTrue(secret.startsWith("HTTP/1.1 404 Not Found") && !secret.contains("secret\r") && !secret.endsWith("secret"), secret);
    assertEquals("HTTP/1.1 200 OK", status(get("/home.html", local)), "a link that stays inside the site");
    assertEquals("HTTP/1.1 404 Not Found", status(get("/../outside.txt", local)));
    assertEquals("HTTP/1.1 404 Not Found", status(get("/%2e%2e/outside.txt", local)));
  }

  /** D8: four clients that sent half a request stopped the server for everyone (4 threads, no time-out). */
  @Test
  void clientsThatNeverFinishTheirRequestDoNotStallTheOthers() throws IOException {
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        Socket socket = new Socket("127.0.0.1", port);
        socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        stalled.add(socket);
      }
      long start = System.nanoTime();
      assertEquals("HTTP/1.1 200 OK", status(get("/", "localhost")));
      assertTrue(System.nanoTime() - start < 3_000_000_000L, "answered while four clients stall");
      // And a stalled client is dropped once its request has taken too long.
      Socket first = stalled.get(0);
      first.setSoTimeout((DevServer.MAX_REQUEST_SECONDS + 5) * 1000);
      int read;
      try {
        read = first.getInputStream().read();
      } catch (SocketTimeoutException e) {
        throw new AssertionError("a stalled client was still connected after " + (DevServer.MAX_REQUEST_SECONDS + 5) + " s");
      } catch (IOException e) {
        read = -1;
      }
      assertEquals(-1, read, "closed, with no answer");
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
  }

  /** A dozen stalled clients, each on a thread of its own, delay nobody. */
  @Test
  void aDozenStalledClientsDelayNobody() throws IOException {
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 12; i++) {
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        stalled.add(socket);
      }
      long start = System.nanoTime();
      assertEquals("HTTP/1.1 200 OK", status(get("/", "localhost")));
      assertTrue(System.nanoTime() - start < 3_000_000_000L, "answered while twelve clients stall");
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
  }

  @Test
  void aRequestLineOrHeadersLargerThanTheLimitAreRefused() throws IOException {
    String line = status("GET /?q=" + "a".repeat(DevServer.MAX_HEADER_BYTES) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assertEquals("", line, "the JDK drops the connection without an answer");
    String headers = status("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(DevServer.MAX_HEADER_BYTES)
        + "\r\n\r\n");
    assertEquals("", headers, "the JDK drops the connection without an answer");
    assertEquals("HTTP/1.1 200 OK", status(get("/", "localhost")), "and it still serves");
  }

  /** D16: /%00 got no answer at all (the path could not be made a file path). */
  @Test
  void aPathTheFileSystemCannotHoldIsNotFound() throws IOException {
    assertEquals("HTTP/1.1 404 Not Found", status(get("/%00", "localhost")));
    assertEquals("HTTP/1.1 404 Not Found", status(get("/a%00b/index.html", "localhost")));
  }

  /** D16: HEAD made the JDK log a warning (a length given with no body). */
  @Test
  void headIsAnsweredWithoutAWarningAndOtherMethodsAreRefused() throws IOException {
    List<LogRecord> warnings = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          warnings.add(record);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger logger = Logger.getLogger("com.sun.net.httpserver");
    logger.addHandler(handler);
    try {
      String head = exchange("HEAD / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
      assertTrue(head.startsWith("HTTP/1.1 200 OK") && head.endsWith("\r\n\r\n"), head);
    } finally {
      logger.removeHandler(handler);
    }
    assertEquals(List.of(), warnings.stream().map(LogRecord::getMessage).toList());
    String post = exchange("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    assertTrue(post.startsWith("HTTP/1.1 405 Method Not Allowed") && post.contains("Allow: GET, HEAD"), post);
  }

  /** D16: without --out every run left a 6 MB smtp-reply-serveNNN folder in the system's temporary folder. */
  @Test
  void itsTemporaryFolderIsRemovedWhenItStops() throws IOException {
    StringWriter log = new StringWriter();
    DevServer preview = DevServer.inTemporaryFolder(folder -> {
      try {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("index.html"), "<!doctype html><title>t</title></html>");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return new SiteReport(folder, java.util.Map.of("en", 1), 1, 1);
    }, new PrintWriter(log, true));
    Path folder = preview.root().getParent();
    try {
      preview.start(0, List.of());
      assertTrue(Files.isRegularFile(preview.root().resolve("index.html")), log::toString);
    } finally {
      preview.close();
    }
    assertFalse(Files.exists(folder), folder + " is still there");
    preview.close();
  }

  /** D16: a port in use was found only after a full site build. */
  @Test
  void aPortInUseIsFoundBeforeTheSiteIsBuilt() throws IOException {
    java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();
    DevServer preview = DevServer.inTemporaryFolder(folder -> {
      builds.incrementAndGet();
      throw new IllegalStateException("not built: the port is taken");
    }, new PrintWriter(new StringWriter(), true));
    try {
      assertThrows(java.net.BindException.class, () -> preview.start(port, List.of()));
    } finally {
      preview.close();
    }
    assertEquals(0, builds.get());
  }
}

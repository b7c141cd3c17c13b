package org.smtpreply.site.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.smtpreply.site.result.SiteReport;

/**
 * Serves a generated site on the loopback interface only. In preview mode each HTML response
 * gets one extra script that polls the build number and reloads the page after a rebuild; in
 * static mode ({@link #staticSite}) files are served exactly as {@code generate} wrote them, as
 * any web server would, which is what browser tests and audits need to see.
 */
public final class DevServer implements AutoCloseable {
  static final String PREFIX = "/__smtp-reply/";
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8", "json", "application/json",
      "xml", "application/xml", "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml");

  private final Path root;
  private final Supplier<SiteReport> build;
  private final PrintWriter log;
  private final boolean preview;
  private final AtomicInteger version = new AtomicInteger();
  private HttpServer server;
  private ExecutorService executor;
  private Watcher watcher;

  /**
   * A server for the site that {@code build} writes into {@code root}.
   *
   * @param root  the published site's folder
   * @param build generates the site (throws on failure, leaving the previous one)
   * @param log   where summary lines and build errors go
   */
  public DevServer(Path root, Supplier<SiteReport> build, PrintWriter log) {
    this(root, build, log, true);
  }

  private DevServer(Path root, Supplier<SiteReport> build, PrintWriter log, boolean preview) {
    this.root = root.toAbsolutePath().normalize();
    this.build = build;
    this.log = log;
    this.preview = preview;
  }

  /**
   * A server for an already generated site in {@code root}, in static mode: no rebuilds, no
   * reload script, every file byte for byte as it is on disk. Start it with {@code start(port, List.of())}.
   */
  public static DevServer staticSite(Path root) {
    return new DevServer(root, null, new PrintWriter(Writer.nullWriter()), false);
  }

  /**
   * In preview mode builds once, then watches {@code sources}; in both modes serves on
   * {@code port} (0 for any free port).
   */
  public void start(int port, List<Path> sources) throws IOException {
    if (preview) {
      rebuild();
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::handle);
    // A browser opens several connections at once; one thread would serialize them.
    executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "smtp-reply-serve");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.start();
    if (preview) {
      watcher = new Watcher(sources, this::rebuild, log);
      watcher.start();
    }
  }

  /** The address the site is served at. */
  public URI address() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** How many builds have succeeded. */
  public int version() {
    return version.get();
  }

  /** Regenerates the site; a failure is logged and the previous site keeps being served. */
  void rebuild() {
    try {
      SiteReport report = build.get();
      version.incrementAndGet();
      log.println(report.summary());
    } catch (RuntimeException e) {
      log.println("build failed, still serving the previous site:");
      log.println(e.getMessage());
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (preview && path.equals(PREFIX + "version")) {
        send(exchange, 200, "text/plain; charset=utf-8", Integer.toString(version.get()).getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (preview && path.equals(PREFIX + "reload.js")) {
        try (InputStream in = DevServer.class.getResourceAsStream("reload.js")) {
          send(exchange, 200, TYPES.get("js"), in.readAllBytes());
        }
        return;
      }
      Path file = resolve(path);
      int status = 200;
      if (file == null) {
        status = 404;
        file = notFoundPage(path);
        if (!Files.isRegularFile(file)) {
          send(exchange, 404, TYPES.get("txt"), "Not found".getBytes(StandardCharsets.UTF_8));
          return;
        }
      }
      String name = file.getFileName().toString();
      String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
      byte[] body = Files.readAllBytes(file);
      if (preview && name.endsWith(".html")) {
        body = withReload(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      }
      send(exchange, status, type, body);
    }
  }

  /** The file for a request path, never outside the site; null if there is none. */
  Path resolve(String path) {
    Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
    if (!file.startsWith(root)) {
      return null;
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    return Files.isRegularFile(file) ? file : null;
  }

  /** The 404 page of the locale folder the path is in, else the site's root 404 page. */
  private Path notFoundPage(String path) {
    String trimmed = path.replaceFirst("^/+", "");
    int slash = trimmed.indexOf('/');
    if (slash > 0 && !trimmed.substring(0, slash).contains("..")) {
      Path local = root.resolve(trimmed.substring(0, slash)).resolve("404.html").normalize();
      if (local.startsWith(root) && Files.isRegularFile(local)) {
        return local;
      }
    }
    return root.resolve("404.html");
  }

  static String withReload(String html) {
    String tag = "<script src=\"" + PREFIX + "reload.js\"></script>";
    int end = html.lastIndexOf("</body>");
    return end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
  }

  private void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    // A preview must never show a stale page; a static site may be cached like any other.
    exchange.getResponseHeaders().set("Cache-Control", preview ? "no-store" : "no-cache");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    if (server != null) {
      server.stop(0);
    }
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}

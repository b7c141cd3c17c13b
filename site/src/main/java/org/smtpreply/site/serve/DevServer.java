package org.smtpreply.site.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
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
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.smtpreply.site.internal.Publisher;
import org.smtpreply.site.result.SiteReport;

/**
 * Serves a generated site on the loopback interface only. In preview mode each HTML response
 * gets one extra script that polls the build number and reloads the page after a rebuild; in
 * static mode ({@link #staticSite}) files are served exactly as {@code generate} wrote them, as
 * any web server would, which is what browser tests and audits need to see. In both modes a text
 * response of {@value #COMPRESS_FROM} bytes or more travels compressed with gzip to a client that
 * accepts it, as web hosts send it: a browser sees the same bytes, sooner.
 *
 * <p>It serves the site and nothing else, to nobody but this machine's browser: it answers only
 * requests whose {@code Host} is {@code 127.0.0.1}, {@code localhost} or {@code [::1]} (a web page
 * elsewhere cannot reach it through DNS rebinding), only {@code GET} and {@code HEAD}, and only
 * files whose real path, symbolic links followed, is inside the site. The JDK's server is bounded
 * by the system properties set below (unless already set when this class loads, and read by the
 * JDK once, when its first server starts): a request's line and headers at most {@value
 * #MAX_HEADER_BYTES} bytes, {@value #MAX_REQUEST_SECONDS} s to arrive, at most {@value
 * #MAX_CONNECTIONS} connections, each with a thread of its own when it needs one: a client that
 * stalls holds its own thread only, and only until it is dropped.
 */
public final class DevServer implements AutoCloseable {
  static final String PREFIX = "/__smtp-reply/";
  /** The most bytes of request line and headers the server reads. */
  static final int MAX_HEADER_BYTES = 16 * 1024;
  /** Seconds a request's line and headers may take to arrive; a slow or stalled client is dropped. */
  static final int MAX_REQUEST_SECONDS = 5;
  /** The most connections open at once, and the most threads serving them; more connections are closed at once. */
  static final int MAX_CONNECTIONS = 64;
  /** The smallest text response sent compressed to a client that accepts gzip; below, compression gains nothing. */
  static final int COMPRESS_FROM = 1024;

  static {
    setIfAbsent("sun.net.httpserver.maxReqHeaderSize", Integer.toString(MAX_HEADER_BYTES));
    setIfAbsent("sun.net.httpserver.maxReqHeaders", "100");
    setIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(MAX_REQUEST_SECONDS));
    setIfAbsent("sun.net.httpserver.maxRspTime", "60");
    setIfAbsent("jdk.httpserver.maxConnections", Integer.toString(MAX_CONNECTIONS));
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** The host names it answers for, with or without a port. */
  private static final Pattern LOCAL_HOST = Pattern.compile("(?i)(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8", "json", "application/json",
      "xml", "application/xml", "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml");

  private final Path root;
  /** The folder this server made for the site and deletes when it closes; null if it was given one. */
  private final Path temporary;
  private final Supplier<SiteReport> build;
  private final PrintWriter log;
  private final boolean preview;
  private final AtomicInteger version = new AtomicInteger();
  private HttpServer server;
  private ExecutorService executor;
  private Watcher watcher;
  private boolean closed;

  /**
   * A server for the site that {@code build} writes into {@code root}.
   *
   * @param root  the published site's folder
   * @param build generates the site (throws on failure, leaving the previous one)
   * @param log   where summary lines and build errors go
   */
  public DevServer(Path root, Supplier<SiteReport> build, PrintWriter log) {
    this(root, null, build, log, true);
  }

  private DevServer(Path root, Path temporary, Supplier<SiteReport> build, PrintWriter log, boolean preview) {
    this.root = root.toAbsolutePath().normalize();
    this.temporary = temporary;
    this.build = build;
    this.log = log;
    this.preview = preview;
  }

  /**
   * A preview server whose site {@code build} writes into a temporary folder of the server's own,
   * removed with everything in it when the server is closed.
   */
  public static DevServer inTemporaryFolder(Function<Path, SiteReport> build, PrintWriter log) throws IOException {
    Path folder = Files.createTempDirectory("smtp-reply-serve");
    Path site = folder.resolve("site");
    return new DevServer(site, folder, () -> build.apply(site), log, true);
  }

  /**
   * A server for an already generated site in {@code root}, in static mode: no rebuilds, no
   * reload script, every file byte for byte as it is on disk. Start it with {@code start(port, List.of())}.
   */
  public static DevServer staticSite(Path root) {
    return new DevServer(root, null, null, new PrintWriter(Writer.nullWriter()), false);
  }

  /**
   * In preview mode builds once, then watches {@code sources}; in both modes serves on
   * {@code port} (0 for any free port).
   */
  public void start(int port, List<Path> sources) throws IOException {
    // The port first: a port in use is found before the build, not after it.
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    if (preview) {
      rebuild();
    }
    server.createContext("/", this::handle);
    // A browser opens several connections at once; one thread would serialize them. A thread per
    // connection, made when needed, idle ones ended: as many as the JDK allows connections, so a
    // request never waits behind a stalled one (which waits on its own thread until dropped).
    ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_CONNECTIONS, MAX_CONNECTIONS, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "smtp-reply-serve");
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true);
    executor = pool;
    server.setExecutor(executor);
    server.start();
    if (preview) {
      watcher = new Watcher(sources, this::rebuild, log);
      watcher.start();
    }
  }

  /** The folder of the site it serves. */
  public Path root() {
    return root;
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
      String host = exchange.getRequestHeaders().getFirst("Host");
      if (host == null || !LOCAL_HOST.matcher(host.strip()).matches()) {
        send(exchange, 421, TYPES.get("txt"), "This server answers only for 127.0.0.1, localhost and [::1]."
            .getBytes(StandardCharsets.UTF_8));
        return;
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, TYPES.get("txt"), "Only GET and HEAD.".getBytes(StandardCharsets.UTF_8));
        return;
      }
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
        if (file == null) {
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

  /**
   * The file for a request path, never outside the site: its real path, every symbolic link
   * followed, must be inside the site's real folder (which a publish swaps, so it is read once
   * per request). Null if there is no such file.
   */
  Path resolve(String path) {
    try {
      Path base = root.toRealPath();
      Path file = base.resolve(path.replaceFirst("^/+", "")).normalize();
      if (!file.startsWith(base)) {
        return null;
      }
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!Files.isRegularFile(file)) {
        return null;
      }
      Path real = file.toRealPath();
      return real.startsWith(base) ? real : null;
    } catch (IOException | InvalidPathException e) {
      // A path the file system cannot hold (a NUL byte), or a site not built yet.
      return null;
    }
  }

  /** The 404 page of the locale folder the path is in, else the site's root 404 page; null if neither. */
  private Path notFoundPage(String path) {
    String trimmed = path.replaceFirst("^/+", "");
    int slash = trimmed.indexOf('/');
    if (slash > 0) {
      Path local = resolve(trimmed.substring(0, slash) + "/404.html");
      if (local != null) {
        return local;
      }
    }
    return resolve("404.html");
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
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (compressible(type, body.length)) {
      exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
      if (acceptsGzip(exchange.getRequestHeaders().get("Accept-Encoding"))) {
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        body = gzip(body);
      }
    }
    if (exchange.getRequestMethod().equals("HEAD")) {
      // The headers alone; a length with no body would make the JDK log a warning.
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * Whether a response is worth compressing: text of at least {@value #COMPRESS_FROM} bytes (HTML,
   * CSS, JavaScript, JSON, XML, SVG). Pictures and fonts are compressed already.
   */
  static boolean compressible(String type, int length) {
    return length >= COMPRESS_FROM && (type.startsWith("text/") || type.startsWith("application/json")
        || type.startsWith("application/xml") || type.startsWith("image/svg+xml"));
  }

  /**
   * Whether the request's {@code Accept-Encoding} fields accept gzip: {@code gzip} listed without
   * {@code q=0}, or, when {@code gzip} is not listed, {@code *} without {@code q=0} (RFC 9110, 12.5.3).
   */
  static boolean acceptsGzip(List<String> fields) {
    Boolean gzip = null;
    Boolean any = null;
    for (String field : fields == null ? List.<String>of() : fields) {
      for (String item : field.split(",")) {
        String[] parts = item.split(";");
        String coding = parts[0].strip();
        boolean refused = false;
        for (int i = 1; i < parts.length; i++) {
          String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
          refused |= parameter.startsWith("q=") && parameter.substring(2).strip().matches("0(\\.0{0,3})?");
        }
        if (coding.equalsIgnoreCase("gzip")) {
          gzip = !refused;
        } else if (coding.equals("*")) {
          any = !refused;
        }
      }
    }
    return gzip != null ? gzip : any != null && any;
  }

  private static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    }
    return out.toByteArray();
  }

  /** Stops serving and watching, and removes the server's temporary folder; closing again does nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (watcher != null) {
      watcher.close();
    }
    if (server != null) {
      server.stop(0);
    }
    if (executor != null) {
      executor.shutdownNow();
    }
    if (temporary != null) {
      try {
        Publisher.deleteTree(temporary);
      } catch (IOException e) {
        log.println("warning: " + temporary + ": not removed (" + e.getMessage() + "); remove it by hand");
      }
    }
  }
}

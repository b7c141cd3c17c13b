package org.smtpreply.site.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.site.SiteGenerator;
import org.smtpreply.site.SiteOptions;
import org.smtpreply.site.serve.DevServer;

/**
 * The reference site as a reader gets it: generated once with {@code --base-url} set to the
 * address it is then served at on 127.0.0.1 (static mode, files as written), so that canonical
 * links and alternates are real; the same files are opened from {@code file://} too.
 */
final class BrowserSite {
  private static BrowserSite instance;

  private final Path root;
  private final URI served;

  private BrowserSite(Path root, URI served) {
    this.root = root;
    this.served = served;
  }

  /** The site, generated and served on the first call. */
  static synchronized BrowserSite get() {
    if (instance == null) {
      try {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
          port = probe.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        Path root = Files.createTempDirectory("smtp-reply-browser-site").resolve("site");
        new SiteGenerator(Catalog.builtIn()).generate(
            new SiteOptions(root, List.of(), Optional.of(base.toString())));
        // Serves until the test JVM exits; its threads are daemons.
        DevServer server = DevServer.staticSite(root);
        server.start(port, List.of());
        instance = new BrowserSite(root, server.address());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** Where a page ({@code en/550/}) is, served over HTTP or opened from disk. */
  URI url(Origin origin, String page) {
    return origin == Origin.HTTP ? served.resolve(page) : root.resolve(page).resolve("index.html").toUri();
  }

  /** The page a URL shows, as {@code en/550/}, whichever origin it comes from. */
  String page(String url) {
    String base = url.startsWith("file:") ? root.toUri().toString() : served.toString();
    String page = url.startsWith(base) ? url.substring(base.length()) : url;
    page = page.replaceFirst("[?#].*$", "");
    return page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
  }

  /** How a reader opens the site. */
  enum Origin {
    /** Served on 127.0.0.1. */
    HTTP,
    /** Opened from disk. */
    FILE
  }
}

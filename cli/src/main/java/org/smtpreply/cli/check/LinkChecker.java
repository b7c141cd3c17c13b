package org.smtpreply.cli.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds internal links and anchors that lead nowhere. External addresses are not fetched. */
public final class LinkChecker {
  private final Map<Path, Document> parsed = new HashMap<>();

  /** Every broken link of the site, as {@code page: href}; empty when all resolve. */
  public List<String> check(SiteFiles site) {
    List<String> broken = new ArrayList<>();
    for (Path file : site.html()) {
      Document page = parse(site, file);
      String base = page.selectFirst("base[href]") == null ? null : page.selectFirst("base[href]").attr("href");
      for (Element link : page.select("a[href], link[href], script[src], img[src]")) {
        String href = link.hasAttr("href") ? link.attr("href") : link.attr("src");
        if (base != null || isExternal(href)) {
          // A page with <base> resolves against the published address, which is not on disk.
          continue;
        }
        URI uri;
        try {
          uri = new URI(href);
        } catch (URISyntaxException e) {
          broken.add(site.relative(file) + ": " + href + " (not a valid address)");
          continue;
        }
        // A root-relative link (the 404 pages' without a base URL) starts from the site's root.
        Path target = uri.getPath() == null || uri.getPath().isEmpty() ? file
            : uri.getPath().startsWith("/") ? site.root().resolve(uri.getPath().substring(1)).normalize()
            : file.getParent().resolve(uri.getPath()).normalize();
        if (!target.startsWith(site.root()) || !Files.isRegularFile(target)) {
          broken.add(site.relative(file) + ": " + href);
        } else if (uri.getFragment() != null && target.toString().endsWith(".html")
            && parse(site, target).getElementById(uri.getFragment()) == null) {
          broken.add(site.relative(file) + ": " + href + " (no such anchor)");
        }
      }
    }
    return broken;
  }

  private static boolean isExternal(String href) {
    return href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:");
  }

  private Document parse(SiteFiles site, Path file) {
    return parsed.computeIfAbsent(file, site::parse);
  }
}

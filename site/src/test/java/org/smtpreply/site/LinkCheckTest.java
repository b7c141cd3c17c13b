package org.smtpreply.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every internal link and anchor of the whole site resolves to a file (and an id) that exists. */
class LinkCheckTest {

  @Test
  void noBrokenInternalLinks() {
    Path site = GeneratedSite.root();
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path file : GeneratedSite.htmlFiles(site)) {
      Document page = GeneratedSite.parse(file);
      for (Element link : page.select("a[href], link[href]")) {
        String href = link.attr("href");
        if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")) {
          continue;
        }
        checked++;
        URI uri = URI.create(href);
        Path target = uri.getPath().isEmpty() ? file : file.getParent().resolve(uri.getPath()).normalize();
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
          broken.add(site.relativize(file) + ": " + href);
        } else if (uri.getFragment() != null && target.toString().endsWith(".html")
            && GeneratedSite.parse(target).getElementById(uri.getFragment()) == null) {
          broken.add(site.relativize(file) + ": " + href + " (no such anchor)");
        }
      }
    }
    assertEquals(List.of(), broken, "broken links among " + checked);
  }
}

package org.smtpreply.cli.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page weight budget: a code page at most 20 KB of HTML plus CSS, at most 10 KB of
 * JavaScript on any page (the search index not counted) but the decoder's, which also runs the
 * reply and bounce parser (at most 40 KB), a search index at most 100 KB.
 */
public final class PageBudget {
  /** HTML plus CSS of a code page, in bytes. */
  public static final long CODE_PAGE = 20 * 1024;
  /** JavaScript on any page, search index excluded, in bytes. */
  public static final long SCRIPT = 10 * 1024;
  /** JavaScript on the decoder's page, search index excluded, in bytes. */
  public static final long DECODER_SCRIPT = 40 * 1024;
  /** One locale's search index, in bytes. */
  public static final long SEARCH_INDEX = 100 * 1024;

  /** Every page or file over its budget, with its size. */
  public List<String> overruns(SiteFiles site) {
    List<String> over = new ArrayList<>();
    for (Path file : site.all()) {
      String name = site.relative(file);
      if (name.matches("assets/search-[^/]+\\.js") && size(file) > SEARCH_INDEX) {
        over.add(name + ": search index is " + size(file) + " bytes, over " + SEARCH_INDEX);
      }
    }
    for (Path page : site.html()) {
      Document doc = site.parse(page);
      long css = 0;
      long js = 0;
      for (Element link : doc.select("link[rel=stylesheet][href]")) {
        css += size(page.getParent().resolve(link.attr("href")).normalize());
      }
      for (Element script : doc.select("script[src]")) {
        if (!script.attr("src").contains("assets/search-")) {
          js += size(page.getParent().resolve(script.attr("src")).normalize());
        }
      }
      String name = site.relative(page);
      long html = size(page);
      if (isCodePage(name) && html + css > CODE_PAGE) {
        over.add(name + ": HTML plus CSS is " + (html + css) + " bytes, over " + CODE_PAGE);
      }
      long scriptBudget = name.matches("[^/]+/decode/index\\.html") ? DECODER_SCRIPT : SCRIPT;
      if (js > scriptBudget) {
        over.add(name + ": JavaScript is " + js + " bytes, over " + scriptBudget);
      }
    }
    return over;
  }

  /** Pages of a basic code ({@code en/550/index.html}) or an enhanced code. */
  static boolean isCodePage(String name) {
    return name.matches("[^/]+/[0-9]{3}/index\\.html") || name.matches("[^/]+/enhanced/[0-9.]+/index\\.html");
  }

  private static long size(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

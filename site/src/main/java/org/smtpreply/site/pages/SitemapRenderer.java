package org.smtpreply.site.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code robots.txt}, and with a base URL {@code sitemap.xml}: every page with its alternates in
 * the other languages. A sitemap needs absolute addresses, so without a base URL there is none.
 */
public final class SitemapRenderer {
  private final SiteContext site;

  /**
   * What the sitemap lists.
   *
   * @param urls every indexable page
   */
  public record SitemapView(List<Url> urls) {}

  /**
   * One page of the sitemap.
   *
   * @param loc        its absolute address
   * @param alternates its alternates, {@code x-default} included
   */
  public record Url(String loc, List<Alternate> alternates) {}

  /** Lists the pages of {@code site}. */
  public SitemapRenderer(SiteContext site) {
    this.site = site;
  }

  /** The files, made from the HTML pages already rendered, in their order. */
  public List<Page> pages(List<Page> published) {
    List<Page> files = new ArrayList<>();
    StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
    site.baseUrl().ifPresent(base -> {
      List<Url> urls = published.stream()
          .filter(p -> !p.path().endsWith("404.html") && !p.meta().canonical().isEmpty())
          .map(p -> new Url(p.meta().canonical(), p.meta().alternates()))
          .toList();
      files.add(new Page("sitemap.xml", "sitemap.ftlx", "", null, new SitemapView(urls)));
      robots.append("Sitemap: ").append(base).append("sitemap.xml\n");
    });
    files.add(Page.file("robots.txt", "", robots.toString()));
    return files;
  }
}

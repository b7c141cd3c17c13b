package org.smtpreply.site.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.smtpreply.catalog.export.CatalogJson;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Links;

/** The catalog as data: the JSON export and its schema, and a page per locale that offers them. */
public final class DownloadsRenderer implements PageRenderer {
  static final String CATALOG = "downloads/catalog.json";
  static final String SCHEMA = "downloads/catalog.schema.json";

  /**
   * What the downloads page shows.
   *
   * @param files the files offered
   */
  public record DownloadsView(List<Download> files) {}

  /**
   * One file to download.
   *
   * @param title       what it is
   * @param description what it holds
   * @param href        the link to it
   * @param size        its size, formatted for the page's locale
   */
  public record Download(String title, String description, String href, String size) {}

  @Override
  public List<Page> pages(SiteContext site) {
    byte[] json = export(site);
    byte[] schema = schema();
    List<Page> pages = new ArrayList<>();
    pages.add(Page.file(CATALOG, "", json));
    pages.add(Page.file(SCHEMA, "", schema));
    for (SiteLocale locale : site.locales()) {
      String tag = locale.tag();
      UiMessages ui = site.ui(tag);
      String path = Links.downloads(tag);
      List<Download> files = List.of(
          new Download(ui.get("downloads.catalog"), ui.get("downloads.catalog.text"),
              Links.between(path, CATALOG), ui.format("downloads.size", kilobytes(json))),
          new Download(ui.get("downloads.schema"), ui.get("downloads.schema.text"),
              Links.between(path, SCHEMA), ui.format("downloads.size", kilobytes(schema))));
      pages.add(new Page(path, "downloads.ftlh", tag,
          site.meta(tag, path, ui.get("downloads.title") + " · " + ui.get("site.name"),
              ui.get("downloads.description"), Links::downloads),
          new DownloadsView(files)));
    }
    return pages;
  }

  private static double kilobytes(byte[] content) {
    return Math.ceil(content.length / 102.4) / 10.0;
  }

  private static byte[] export(SiteContext site) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CatalogJson.write(site.catalog(), out);
    return out.toByteArray();
  }

  private static byte[] schema() {
    try (InputStream in = CatalogJson.class.getResourceAsStream("/org/smtpreply/catalog/schema/catalog.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("catalog.schema.json is missing from the catalog jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

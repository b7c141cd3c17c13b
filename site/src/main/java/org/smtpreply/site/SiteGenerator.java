package org.smtpreply.site;

import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.i18n.SiteLocale;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Publisher;
import org.smtpreply.site.internal.Templates;
import org.smtpreply.site.internal.UsageIndex;
import org.smtpreply.site.internal.Utf8Buffer;
import org.smtpreply.site.pages.BounceDataRenderer;
import org.smtpreply.site.pages.BounceRenderer;
import org.smtpreply.site.pages.ClassPageRenderer;
import org.smtpreply.site.pages.CodePageRenderer;
import org.smtpreply.site.pages.DownloadsRenderer;
import org.smtpreply.site.pages.EnhancedIndexRenderer;
import org.smtpreply.site.pages.EnhancedPageRenderer;
import org.smtpreply.site.pages.GuideRenderer;
import org.smtpreply.site.pages.HomeRenderer;
import org.smtpreply.site.pages.IndexRenderer;
import org.smtpreply.site.pages.NotFoundRenderer;
import org.smtpreply.site.pages.Page;
import org.smtpreply.site.pages.PageRenderer;
import org.smtpreply.site.pages.SearchIndexRenderer;
import org.smtpreply.site.pages.SiteContext;
import org.smtpreply.site.pages.SitemapRenderer;
import org.smtpreply.site.pages.ToolPagesRenderer;
import org.smtpreply.site.pages.TranslationsRenderer;
import org.smtpreply.site.pages.UsagesRenderer;
import org.smtpreply.site.result.SiteException;
import org.smtpreply.site.result.SiteReport;

/**
 * Generates the reference site from a catalog. Every page is rendered into a staging folder;
 * render failures are collected and reported together, and only a complete site is published.
 */
public final class SiteGenerator {
  /** The page kinds, in the order they are rendered. */
  static final List<PageRenderer> RENDERERS = List.of(
      new IndexRenderer(), new HomeRenderer(), new GuideRenderer(), new ClassPageRenderer(),
      new CodePageRenderer(), new EnhancedIndexRenderer(), new EnhancedPageRenderer(),
      new ToolPagesRenderer(), new DownloadsRenderer(), new TranslationsRenderer(), new BounceRenderer(),
      new NotFoundRenderer(),
      new SearchIndexRenderer(), new BounceDataRenderer());

  /**
   * The page kinds for {@code options}: {@link #RENDERERS}, then the usages page when an index is
   * given; for a site of the replies alone, the usages page as home, the pages of codes and the
   * search.
   */
  static List<PageRenderer> renderers(SiteOptions options, Optional<UsageIndex> usages) {
    if (options.mode() == SiteMode.REPLIES) {
      return List.of(new IndexRenderer(), new UsagesRenderer(usages.orElseThrow(), true), new CodePageRenderer(),
          new EnhancedPageRenderer(), new ToolPagesRenderer(), new NotFoundRenderer(), new SearchIndexRenderer());
    }
    if (usages.isEmpty()) {
      return RENDERERS;
    }
    List<PageRenderer> renderers = new ArrayList<>(RENDERERS);
    renderers.add(new UsagesRenderer(usages.get()));
    return renderers;
  }

  /** Static files copied as they are, from {@code org/smtpreply/site/assets}. */
  static final List<String> ASSETS = List.of("site.css", "site.js", "search-page.js", "decoder.js", "decode.js", "bounce.js",
      "bounce-view.js", "icon.svg");

  /** Each rendering thread's page buffer, reused from page to page. */
  private static final ThreadLocal<Utf8Buffer> BUFFERS = ThreadLocal.withInitial(Utf8Buffer::new);

  private final Catalog catalog;

  /** A generator for {@code catalog}. */
  public SiteGenerator(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Generates and publishes the site; throws {@link SiteException} and publishes nothing on failure. */
  public SiteReport generate(SiteOptions options) {
    long start = System.nanoTime();
    if (options.mode() == SiteMode.REPLIES && options.usages().isEmpty()) {
      throw new SiteException("a site of the codebase's replies alone needs their usage index; give the usages.json"
          + " the processor wrote (target/classes/META-INF/smtp-reply/usages.json)");
    }
    Optional<UsageIndex> usages = options.usages().map(UsageIndex::read);
    SiteContext site = context(options, usages);
    Templates templates = new Templates(options.templates());
    List<PageRenderer> renderers = renderers(options, usages);
    Publisher publisher = new Publisher(options.out());
    try {
      Map<String, Integer> pages = new TreeMap<>();
      int files = write(site, renderers, templates, publisher.staging(), pages);
      publisher.publish();
      return new SiteReport(options.out(), pages, files, (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      publisher.abandon();
      throw e;
    }
  }

  private SiteContext context(SiteOptions options, Optional<UsageIndex> usages) {
    List<SiteLocale> locales = new ArrayList<>();
    if (options.locales().isEmpty()) {
      locales.addAll(catalog.locales().all());
    } else {
      for (String tag : options.locales()) {
        locales.add(catalog.locales().find(tag).orElseThrow(() -> new SiteException(
            "unknown locale '" + tag + "'; the catalog has " + catalog.locales().all().stream()
                .map(SiteLocale::tag).toList())));
      }
    }
    Map<String, UiMessages> ui = new LinkedHashMap<>();
    for (SiteLocale locale : locales) {
      ui.put(locale.tag(), branded(UiMessages.load(catalog.locales(), locale), options));
    }
    SiteContext.Scope scope = options.mode() == SiteMode.REPLIES
        ? UsagesRenderer.scopeOf(usages.orElseThrow(), catalog) : SiteContext.Scope.EVERYTHING;
    return new SiteContext(catalog, locales, ui, options.baseUrl(), usages.isPresent(), scope);
  }

  /** {@code ui} with the site's own title, footer and project name in place of the reference's. */
  private static UiMessages branded(UiMessages ui, SiteOptions options) {
    SiteBranding branding = options.branding();
    UiMessages out = ui;
    if (branding.title().isPresent()) {
      out = out.with("site.name", branding.title().get());
    }
    if (branding.footer().isPresent()) {
      out = out.with("footer.text", branding.footer().get());
    }
    if (branding.projectName().isPresent()) {
      out = out.with("usages.title", out.format("usages.title.project", branding.projectName().get()))
          .with("usages.intro", out.format("usages.intro.project", branding.projectName().get()));
    }
    if (options.mode() == SiteMode.REPLIES) {
      // The language chooser greets with what the site is: the codebase's replies.
      out = out.with("site.tagline", out.get("usages.intro"));
    }
    return out;
  }

  private int write(SiteContext site, List<PageRenderer> renderers, Templates templates, Path staging,
      Map<String, Integer> pagesByLocale) {
    List<String> problems = new ArrayList<>();
    // Kinds of page are independent, and so are the files of one kind: each kind builds its pages
    // (views, links, alternates; the JSON export) and renders them while other kinds are still
    // being built, on every core. Failures are kept at their kind's and page's index, so problems
    // are reported in the same order whatever the scheduling.
    List<Built> kinds = renderers.parallelStream().map(renderer -> build(site, templates, staging, renderer)).toList();
    for (Built kind : kinds) {
      problems.addAll(kind.problems());
    }
    List<Page> all = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Built kind : kinds) {
      all.addAll(kind.pages());
      failures.addAll(Arrays.asList(kind.failures()));
    }
    List<Page> published = new ArrayList<>();
    int files = 0;
    for (int i = 0; i < all.size(); i++) {
      Page page = all.get(i);
      if (failures.get(i) != null) {
        problems.add(failures.get(i));
        continue;
      }
      if (page.isHtml()) {
        pagesByLocale.merge(page.locale(), 1, Integer::sum);
        published.add(page);
      }
      files++;
    }
    try {
      for (Page page : new SitemapRenderer(site).pages(published)) {
        write(site, templates, page, staging);
        files++;
      }
    } catch (IOException | TemplateException | RuntimeException e) {
      problems.add("sitemap.xml: " + firstLine(e.getMessage()));
    }
    for (String asset : ASSETS) {
      try (InputStream in = SiteGenerator.class.getResourceAsStream("/org/smtpreply/site/assets/" + asset)) {
        if (in == null) {
          problems.add("assets/" + asset + ": missing from the classpath");
          continue;
        }
        Path target = staging.resolve("assets").resolve(asset);
        Files.createDirectories(target.getParent());
        Files.write(target, in.readAllBytes());
        files++;
      } catch (IOException e) {
        problems.add("assets/" + asset + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new SiteException(summarize(problems));
    }
    return files;
  }

  /**
   * One renderer's pages, each rendered into {@code staging}.
   *
   * @param pages    the pages, in the renderer's order
   * @param problems why the renderer could not list its pages; empty when it could
   * @param failures at each page's index, why it could not be rendered, or null
   */
  private record Built(List<Page> pages, List<String> problems, String[] failures) {}

  private static Built build(SiteContext site, Templates templates, Path staging, PageRenderer renderer) {
    List<Page> pages;
    try {
      pages = renderer.pages(site);
    } catch (SiteException e) {
      // A renderer that reads input (the usage index) says what is wrong with it in its own lines.
      return new Built(List.of(), e.problems(), new String[0]);
    } catch (RuntimeException e) {
      return new Built(List.of(), List.of(renderer.getClass().getSimpleName() + ": " + e.getMessage()), new String[0]);
    }
    String[] failures = new String[pages.size()];
    IntStream.range(0, pages.size()).parallel().forEach(i -> {
      Page page = pages.get(i);
      try {
        write(site, templates, page, staging);
      } catch (IOException | TemplateException | RuntimeException e) {
        failures[i] = page.path() + ": " + firstLine(e.getMessage());
      }
    });
    return new Built(pages, List.of(), failures);
  }

  /** Renders {@code page} into its file under {@code staging}. */
  private static void write(SiteContext site, Templates templates, Page page, Path staging)
      throws IOException, TemplateException {
    Path file = staging.resolve(page.path());
    Files.createDirectories(file.getParent());
    if (page.template() == null) {
      if (page.view() instanceof byte[] encoded) {
        Files.write(file, encoded);
      } else {
        Files.writeString(file, (String) page.view(), StandardCharsets.UTF_8);
      }
      return;
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("meta", page.meta());
    String lang = page.meta() != null ? page.meta().lang() : site.locales().get(0).tag();
    model.put("ui", site.ui(lang).asMap());
    model.put("page", page.view());
    // Catalog prose goes through prose(text): escaped, its codes linked from this page.
    model.put("prose", (TemplateMethodModelEx) args -> site.prose().markup(
        ((TemplateScalarModel) args.get(0)).getAsString(), lang, page.path()));
    Utf8Buffer content = BUFFERS.get();
    content.reset();
    templates.render(page.template(), model, content);
    content.writeTo(file);
  }

  /** One line per distinct failure, naming its first page and how many others share it. */
  static List<String> summarize(List<String> problems) {
    Map<String, List<String>> pagesByMessage = new LinkedHashMap<>();
    for (String problem : problems) {
      int colon = problem.indexOf(": ");
      String page = colon < 0 ? "" : problem.substring(0, colon);
      String message = colon < 0 ? problem : problem.substring(colon + 2);
      pagesByMessage.computeIfAbsent(message, m -> new ArrayList<>()).add(page);
    }
    List<String> lines = new ArrayList<>();
    pagesByMessage.forEach((message, pages) -> lines.add(pages.get(0)
        + (pages.size() > 1 ? " (and " + (pages.size() - 1) + " more pages)" : "") + ": " + message));
    return lines;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "failed";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

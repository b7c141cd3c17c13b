package org.smtpreply.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogLoader;
import org.smtpreply.cli.SmtpReplyCliAccess.Run;
import org.smtpreply.fixtures.CatalogCopy;
import org.smtpreply.site.SiteGenerator;
import org.smtpreply.site.SiteOptions;

/** Reproducible output, atomic publishing and the errors a catalog author sees. */
class PublishingTest {
  @TempDir Path dir;

  @Test
  void twoBuildsAreByteIdentical() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    new SiteGenerator(Catalog.builtIn()).generate(SiteOptions.to(a));
    new SiteGenerator(Catalog.builtIn()).generate(SiteOptions.to(b));
    // The published folders, not the links to them.
    a = a.toRealPath();
    b = b.toRealPath();
    List<Path> filesA = files(a);
    assertTrue(filesA.size() > 400, "a whole site: " + filesA.size() + " files");
    assertEquals(filesA.stream().map(a::relativize).toList(), files(b).stream().map(b::relativize).toList());
    for (Path file : filesA) {
      assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(b.resolve(a.relativize(file))), file.toString());
    }
  }

  @Test
  void brokenCatalogFailsWithOneLineAndLeavesThePreviousSiteIntact() throws IOException {
    Path out = dir.resolve("site");
    assertEquals(0, cli("generate", "--out", out.toString()).code());
    byte[] before = Files.readAllBytes(out.resolve("es/550/index.html"));

    Path catalog = copyCatalog();
    Path facts = catalog.resolve("basic.yaml");
    Files.writeString(facts, Files.readString(facts).replace("- code: 421", "- code: 42"));
    Run run = cli("generate", "--out", out.toString(), "--catalog-dir", catalog.toString());

    assertEquals(3, run.code());
    List<String> lines = run.err().lines().toList();
    assertEquals(1, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith(facts + ":108:9: entry 42: code must be three digits"), lines.get(0));
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    assertArrayEquals(before, Files.readAllBytes(out.resolve("es/550/index.html")));
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(List.of("catalog", "site"), siblings.map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith(".site.v-") && !name.equals(".site.lock")).sorted().toList(),
          "nothing left beside the site but its version and lock");
    }
  }

  @Test
  void catalogTextIsEscapedOnEveryPage() throws IOException {
    Path catalog = copyCatalog();
    Path es = catalog.resolve("es/basic.yaml");
    String text = Files.readString(es, StandardCharsets.UTF_8);
    int title = text.indexOf("\"550\":\n  title: ") + "\"550\":\n  title: ".length();
    int end = text.indexOf('\n', title);
    Files.writeString(es, text.substring(0, title) + "'<script>alert(\"x\")</script> & «buzón»'" + text.substring(end));
    Path out = dir.resolve("site");
    new SiteGenerator(CatalogLoader.directory(catalog).load()).generate(SiteOptions.to(out));

    String page = Files.readString(out.resolve("es/550/index.html"));
    assertFalse(page.contains("<script>"), "raw script tag in the page");
    assertTrue(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «buzón»"), page);
    String home = Files.readString(out.resolve("es/index.html"));
    assertFalse(home.contains("<script>"), "raw script tag on the home page");
    String index = Files.readString(out.resolve("assets/search-es.js"));
    assertFalse(index.contains("<script>") || index.contains("</script>"), "raw script tag in the search index");
    assertTrue(index.contains("\\u003Cscript\\u003Ealert(\\u0022x\\u0022)\\u003C/script\\u003E \\u0026 «buzón»"), "escaped in the index");
  }

  @Test
  void checkPassesOnAGeneratedSiteAndNamesABrokenLink() throws IOException {
    Path out = dir.resolve("site");
    assertEquals(0, cli("generate", "--out", out.toString()).code());
    Run ok = cli("check", "--no-html", out.toString());
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().matches("(?s).*check: \\d+ pages, 0 problems; en: 0 texts in a fallback language; es: 0 texts.*"), ok.out());

    Path catalog = copyCatalog();
    Run withCatalog = cli("check", "--no-html", "--catalog-dir", catalog.toString(), out.toString());
    assertEquals(0, withCatalog.code(), withCatalog.err());
    assertTrue(withCatalog.out().contains(org.smtpreply.catalog.CatalogFigures.of(CatalogLoader.directory(catalog).load()).describe()),
        withCatalog.out());

    Files.delete(out.resolve("es/551/index.html"));
    Run broken = cli("check", "--no-html", out.toString());
    assertEquals(1, broken.code());
    assertTrue(broken.err().contains("error: es/550/index.html: ../../es/551/index.html"), broken.err());
    assertEquals(2, cli("check", dir.resolve("nothing").toString()).code());
  }

  @Test
  void anOutputFolderThatCannotBeWrittenIsOneClearLine() throws IOException {
    Path file = Files.writeString(dir.resolve("plain-file"), "not a folder");
    Run run = cli("generate", "--out", file.resolve("site").toString());
    assertEquals(1, run.code());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("error: " + file.resolve("site").toAbsolutePath() + ": cannot write here"), run.err());
    assertTrue(run.err().contains("choose a writable --out"), run.err());
  }

  @Test
  void unknownLocaleIsABadOptionNotACrash() {
    Run run = cli("generate", "--out", dir.resolve("x").toString(), "--locales", "en,pt");
    assertEquals(1, run.code());
    assertEquals("error: unknown locale 'pt'; the catalog has [en, es]", run.err().strip());
  }

  private Path copyCatalog() throws IOException {
    return CatalogCopy.into(dir.resolve("catalog")).root();
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  static Run cli(String... args) {
    return SmtpReplyCliAccess.run(args);
  }
}

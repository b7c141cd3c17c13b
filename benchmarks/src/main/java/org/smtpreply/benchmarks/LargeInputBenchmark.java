package org.smtpreply.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogException;
import org.smtpreply.catalog.CatalogLoader;
import org.smtpreply.catalog.translation.XliffExport;
import org.smtpreply.catalog.translation.XliffImport;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.xliff.Xliff;

/**
 * Time to load a catalog, and to import an XLIFF file, with one text of 1, 4 or 16 MB in it, as
 * words or as one token without spaces: linear in the size means the time added by 16 MB is about
 * four times the time added by 4 MB. One operation is one whole load or import (single shot: the
 * inputs are large); what the tool answers (loaded, imported, or refused with a located error) is
 * printed once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class LargeInputBenchmark {
  @Param({"1", "4", "16"})
  int megabytes;

  @Param({"WORDS", "TOKEN"})
  String shapeName;

  private LargeInputs.Shape shape;

  private Path dir;
  private Path catalog;
  private Path xliff;
  private Path importInto;
  private int imports;

  /** The enlarged catalog, and an XLIFF file whose first target is the large text. */
  @Setup(Level.Trial)
  public void prepare() throws IOException {
    shape = LargeInputs.Shape.valueOf(shapeName);
    dir = Files.createTempDirectory("smtp-reply-large");
    catalog = LargeInputs.copy(dir.resolve("catalog"));
    LargeInputs.enlargeCatalog(catalog, shape, megabytes);
    Path base = LargeInputs.copy(dir.resolve("base"));
    Catalog loaded = CatalogLoader.directory(base).load();
    String xml = Xliff.write(XliffExport.export(loaded, Locales.load(base).find("es").orElseThrow(), Set.of()));
    int start = xml.indexOf("<target>") + "<target>".length();
    xml = xml.substring(0, start) + LargeInputs.text(shape, megabytes, "").replace('\n', ' ') + xml.substring(xml.indexOf("</target>", start));
    xliff = dir.resolve("es.xlf");
    Files.writeString(xliff, xml, StandardCharsets.UTF_8);
    System.out.println("\nload: " + outcome(this::load) + "\nimport: " + outcome(() -> {
      freshCatalog();
      return importXliff();
    }));
  }

  /** A catalog, unchanged, for each import to write into (not timed). */
  @Setup(Level.Invocation)
  public void freshCatalog() {
    importInto = LargeInputs.copy(dir.resolve("import-" + imports++));
  }

  /** Loads the enlarged catalog: the catalog, or the problems that refuse it. */
  @Benchmark
  public Object load() {
    try {
      return CatalogLoader.directory(catalog).load();
    } catch (CatalogException e) {
      return e.problems();
    }
  }

  /** Imports the XLIFF file into a copy of the catalog: the report, or why it was refused. */
  @Benchmark
  public Object importXliff() {
    try {
      return XliffImport.apply(importInto, xliff, Optional.of("es"));
    } catch (CatalogException | I18nException e) {
      return e.getMessage();
    }
  }

  @TearDown(Level.Trial)
  public void remove() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private static String outcome(java.util.function.Supplier<Object> run) {
    Object result = run.get();
    String text = result instanceof Catalog catalog ? "loaded; the summary of 214 has "
        + catalog.ownText("214", "en").map(t -> t.summary().length()).orElse(0) + " characters" : String.valueOf(result);
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}

package org.smtpreply.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.smtpreply.catalog.internal.Binder;
import org.smtpreply.catalog.internal.CatalogSource;
import org.smtpreply.catalog.internal.ParallelReads;
import org.smtpreply.catalog.internal.Problems;
import org.smtpreply.catalog.internal.ReadFile;
import org.smtpreply.catalog.internal.Schemas;
import org.smtpreply.catalog.problem.Problem;
import org.smtpreply.catalog.problem.ProblemKind;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.SiteLocale;

/**
 * Loads a catalog in three steps: <b>read</b> each file once into a tree that knows where each
 * value is; <b>check</b> each tree against the JSON Schema of its file (the field rules, written
 * once, in {@code catalog/schema/}) and then the rules between entries and files ({@link
 * FactChecks}, {@link TextChecks}); <b>build</b> the records with Jackson. Every problem found is
 * reported at once in a {@link CatalogException}, one line each naming file, line, column and
 * entry.
 *
 * <pre>{@code
 * Catalog catalog = CatalogLoader.builtIn().withExtras(List.of(extraFile)).load();
 * Catalog edited = CatalogLoader.directory(Path.of("catalog/data")).load();
 * CatalogFacts facts = CatalogLoader.builtInFacts().withExtras(files).loadFacts();
 * }</pre>
 */
public final class CatalogLoader {
  static final String BASIC = "basic.yaml";
  static final String ENHANCED = "enhanced.yaml";
  static final String GUIDES = "guides.yaml";
  static final String REASONS = "reasons.yaml";
  static final String PROVIDERS = "providers.yaml";
  /**
   * The file, per translated locale, of the source text of each field its texts were confirmed
   * against (written by the translation tools).
   */
  public static final String CONFIRMED = "confirmed.yaml";
  /**
   * The file in which older catalogs kept, per translated locale, a fingerprint of each whole
   * entry's source text instead; still read, and converted by the tools' next write.
   */
  public static final String FINGERPRINTS = "fingerprints.yaml";

  private final Supplier<Locales> locales;
  private final CatalogSource source;
  private final List<Path> extras;
  private final Map<String, String> replaced;
  private final Map<Path, String> replacedExtras;
  private final CatalogFacts factsBase;

  private CatalogLoader(Supplier<Locales> locales, CatalogSource source, List<Path> extras,
      Map<String, String> replaced, CatalogFacts factsBase) {
    this(locales, source, extras, replaced, Map.of(), factsBase);
  }

  private CatalogLoader(Supplier<Locales> locales, CatalogSource source, List<Path> extras,
      Map<String, String> replaced, Map<Path, String> replacedExtras, CatalogFacts factsBase) {
    this.locales = locales;
    this.source = source;
    this.extras = List.copyOf(extras);
    this.replaced = Map.copyOf(replaced);
    this.replacedExtras = Map.copyOf(replacedExtras);
    this.factsBase = factsBase;
  }

  /** The catalog shipped with this library, for the built-in locales. */
  public static CatalogLoader builtIn() {
    return new CatalogLoader(Locales::load, CatalogSource.classpath(), List.of(), Map.of(), null);
  }

  /**
   * The catalog in a folder laid out like {@code catalog/data}, for the locales of its own
   * {@code locales.yaml} if it has one, else the built-in ones.
   */
  public static CatalogLoader directory(Path root) {
    Objects.requireNonNull(root);
    return new CatalogLoader(() -> Locales.load(root), CatalogSource.directory(root), List.of(), Map.of(), null);
  }

  /**
   * The built-in catalog's facts alone, from the snapshot in this artifact: what the annotation
   * processor loads, with {@link #withExtras} and {@link #loadFacts()}, without reading YAML texts.
   */
  public static CatalogLoader builtInFacts() {
    return new CatalogLoader(Locales::load, CatalogSource.classpath(), List.of(), Map.of(), null).factsOf(null);
  }

  private CatalogLoader factsOf(CatalogFacts base) {
    return new CatalogLoader(locales, source, extras, replaced, replacedExtras, base == null ? CatalogFacts.builtIn() : base);
  }

  /** This loader for the given locales. */
  public CatalogLoader withLocales(Locales locales) {
    Objects.requireNonNull(locales);
    return new CatalogLoader(() -> locales, source, extras, replaced, replacedExtras, factsBase);
  }

  /**
   * This loader plus an organization's own non-standard codes from {@code files}, extra catalog
   * files checked like the built-in ones (format: catalog/data/README.md). An extra code must
   * have an origin and must not redefine a catalog code.
   */
  public CatalogLoader withExtras(List<Path> files) {
    return new CatalogLoader(locales, source, files, replaced, replacedExtras, factsBase);
  }

  /**
   * This loader, reading the files in {@code replaced} (by path relative to the folder, such as
   * {@code es/basic.yaml}) as if they held the given text: how an edit is validated before any
   * file is written. Problems name the real files.
   */
  public CatalogLoader withReplaced(Map<String, String> replaced) {
    return new CatalogLoader(locales, source, extras, replaced, replacedExtras, factsBase);
  }

  /**
   * This loader, reading the files in {@code replaced} (by absolute path: an extra catalog file or
   * the fingerprints file beside it) as if they held the given text.
   */
  public CatalogLoader withReplacedExtras(Map<Path, String> replaced) {
    return new CatalogLoader(locales, source, extras, this.replaced, replaced, factsBase);
  }

  /** The fingerprints file beside the extra catalog file {@code extra}: {@code x.fingerprints.yaml} for {@code x.yaml}. */
  public static Path fingerprintsOf(Path extra) {
    return extra.resolveSibling(ExtraCatalogs.fingerprintsOf(extra.getFileName().toString()));
  }

  /** Loads the catalog; throws {@link CatalogException} with every problem found. */
  public Catalog load() {
    if (factsBase != null) {
      throw new IllegalStateException("a facts loader loads facts: call loadFacts()");
    }
    source.problem().ifPresent(problem -> {
      throw new CatalogException(List.of(new Problem(ProblemKind.FILE_UNREADABLE, source.displayName(""), 0, 0, "", problem)));
    });
    Locales locs = locales.get();
    CatalogSource files = replaced.isEmpty() ? source : CatalogSource.overlay(source, replaced);
    Problems problems = new Problems();
    try (ParallelReads reads = new ParallelReads(files, problems)) {
      Supplier<ReadFile> basicRead = reads.start(BASIC, true);
      Supplier<ReadFile> enhancedRead = reads.start(ENHANCED, true);
      // A catalog folder without bounce data (a minimal one) has no reasons and no providers.
      Supplier<ReadFile> reasonsRead = reads.start(REASONS, false);
      Supplier<ReadFile> providersRead = reads.start(PROVIDERS, false);
      Map<String, Supplier<ReadFile>> basicTexts = new LinkedHashMap<>();
      Map<String, Supplier<ReadFile>> enhancedTexts = new LinkedHashMap<>();
      Map<String, Supplier<ReadFile>> guideTexts = new LinkedHashMap<>();
      Map<String, Supplier<ReadFile>> reasonTexts = new LinkedHashMap<>();
      Map<String, Supplier<ReadFile>> providerTexts = new LinkedHashMap<>();
      for (SiteLocale locale : locs.all()) {
        basicTexts.put(locale.tag(), reads.start(locale.tag() + "/" + BASIC, false));
        enhancedTexts.put(locale.tag(), reads.start(locale.tag() + "/" + ENHANCED, false));
        guideTexts.put(locale.tag(), reads.start(locale.tag() + "/" + GUIDES, false));
        reasonTexts.put(locale.tag(), reads.start(locale.tag() + "/" + REASONS, false));
        providerTexts.put(locale.tag(), reads.start(locale.tag() + "/" + PROVIDERS, false));
      }
      Map<String, Supplier<ReadFile>> fingerprintReads = new LinkedHashMap<>();
      Map<String, Supplier<ReadFile>> confirmedReads = new LinkedHashMap<>();
      for (SiteLocale locale : locs.targets()) {
        confirmedReads.put(locale.tag(), reads.start(locale.tag() + "/" + CONFIRMED, false));
        fingerprintReads.put(locale.tag(), reads.start(locale.tag() + "/" + FINGERPRINTS, false));
      }

      // Read and check each file's shape, in the order problems are reported.
      ReadFile basic = checked(entries(basicRead.get(), problems), "basic.schema.json", problems);
      ReadFile enhanced = checked(entries(enhancedRead.get(), problems), "enhanced.schema.json", problems);
      ReadFile reasonFile = checked(reasonsRead.get(), "reasons.schema.json", problems);
      ReadFile providerFile = checked(providersRead.get(), "providers.schema.json", problems);
      Map<String, ReadFile> basicByLocale = new LinkedHashMap<>();
      Map<String, ReadFile> enhancedByLocale = new LinkedHashMap<>();
      Map<String, ReadFile> guidesByLocale = new LinkedHashMap<>();
      Map<String, ReadFile> reasonsByLocale = new LinkedHashMap<>();
      Map<String, ReadFile> providersByLocale = new LinkedHashMap<>();
      for (SiteLocale locale : locs.all()) {
        String tag = locale.tag();
        basicByLocale.put(tag, checked(basicTexts.get(tag).get(), "texts.schema.json", problems));
        enhancedByLocale.put(tag, checked(enhancedTexts.get(tag).get(), "texts.schema.json", problems));
        guidesByLocale.put(tag, checked(guideTexts.get(tag).get(), "guides.schema.json", problems));
        reasonsByLocale.put(tag, checked(reasonTexts.get(tag).get(), "advice-texts.schema.json", problems));
        providersByLocale.put(tag, checked(providerTexts.get(tag).get(), "advice-texts.schema.json", problems));
      }
      Map<String, ReadFile> confirmedFiles = new LinkedHashMap<>();
      confirmedReads.forEach((tag, read) ->
          confirmedFiles.put(tag, checked(read.get(), "confirmed.schema.json", problems)));
      Map<String, ReadFile> fingerprintFiles = new LinkedHashMap<>();
      fingerprintReads.forEach((tag, read) ->
          fingerprintFiles.put(tag, checked(read.get(), "fingerprints.schema.json", problems)));
      List<ReadFile> extraFiles = readExtras(problems);
      List<ReadFile> extraPrints = readExtraFingerprints(problems);
      if (!problems.isEmpty()) {
        // A file that does not parse, or an entry of the wrong shape, would make every check that
        // compares entries report echoes of the same mistake: report the mistake alone.
        throw new CatalogException(problems.all());
      }

      // The rules between entries and files.
      FactChecks facts = new FactChecks(basic, enhanced, problems);
      ExtraCatalogs.Extras added = new ExtraCatalogs(locs, problems).check(extraFiles, extraPrints, facts);
      facts.checkAll();
      BounceChecks bounces = new BounceChecks(facts, problems);
      bounces.reasons(reasonFile);
      bounces.providers(providerFile);
      TextChecks texts = new TextChecks(locs, files, facts, problems);
      Map<String, Map<String, EntryText>> entryTexts = new LinkedHashMap<>();
      Map<String, Map<String, GuideText>> guides = new LinkedHashMap<>();
      Map<String, Map<String, AdviceText>> reasonTextsByLocale = new LinkedHashMap<>();
      Map<String, Map<String, AdviceText>> providerTextsByLocale = new LinkedHashMap<>();
      for (SiteLocale locale : locs.all()) {
        reasonTextsByLocale.put(locale.tag(),
            texts.advice(locale, reasonsByLocale.get(locale.tag()), REASONS, bounces.reasonPlaces()));
        providerTextsByLocale.put(locale.tag(),
            texts.advice(locale, providersByLocale.get(locale.tag()), PROVIDERS, bounces.providerPlaces()));
        Map<String, EntryText> own = new LinkedHashMap<>();
        own.putAll(texts.entries(locale, basicByLocale.get(locale.tag()), BASIC, false));
        own.putAll(texts.entries(locale, enhancedByLocale.get(locale.tag()), ENHANCED, true));
        own.putAll(added.texts().getOrDefault(locale.tag(), Map.of()));
        entryTexts.put(locale.tag(), own);
        guides.put(locale.tag(), texts.guides(locale, guidesByLocale.get(locale.tag()),
            guidesByLocale.get(locs.source().tag())));
      }
      Map<String, Map<String, Map<String, String>>> confirmed = new LinkedHashMap<>();
      Map<String, Map<String, String>> fingerprints = new LinkedHashMap<>();
      for (SiteLocale locale : locs.targets()) {
        ReadFile sourceGuides = guidesByLocale.get(locs.source().tag());
        Map<String, Map<String, String>> perField = texts.confirmed(locale, confirmedFiles.get(locale.tag()),
            sourceGuides, bounces);
        Map<String, String> legacy = texts.fingerprints(locale, fingerprintFiles.get(locale.tag()), sourceGuides, bounces);
        perField.keySet().forEach(legacy::remove);
        confirmed.put(locale.tag(), perField);
        fingerprints.put(locale.tag(), legacy);
      }
      if (!problems.isEmpty()) {
        throw new CatalogException(problems.all());
      }
      List<ReplyCode> basicCodes = new ArrayList<>(facts.basic());
      basicCodes.addAll(added.codes());
      Catalog catalog = new Catalog(locs, basicCodes, facts.enhanced(basicCodes), bounces.reasons(), bounces.providers(),
          new Catalog.Texts(entryTexts, guides, reasonTextsByLocale, providerTextsByLocale, confirmed, fingerprints));
      return added.codes().isEmpty() ? catalog : catalog.withExtras(new Catalog.Extras(added.locations(), added.prints()));
    }
  }

  /**
   * Loads the facts alone: the built-in snapshot plus the extra files, whose codes are checked as
   * {@link #load()} checks them. Throws {@link CatalogException} with every problem found.
   */
  public CatalogFacts loadFacts() {
    CatalogFacts base = factsBase != null ? factsBase : load().facts();
    if (extras.isEmpty()) {
      return base;
    }
    Locales locs = locales.get();
    Problems problems = new Problems();
    List<ReadFile> extraFiles = readExtras(problems);
    if (!problems.isEmpty()) {
      throw new CatalogException(problems.all());
    }
    FactChecks facts = new FactChecks(base, problems);
    List<ReadFile> noPrints = extraFiles.stream().map(f -> ReadFile.empty(f.file())).toList();
    ExtraCatalogs.Extras added = new ExtraCatalogs(locs, problems).check(extraFiles, noPrints, facts);
    if (!problems.isEmpty()) {
      throw new CatalogException(problems.all());
    }
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, String> summaries = new LinkedHashMap<>();
    added.texts().getOrDefault(locs.source().tag(), Map.of()).forEach((id, text) -> {
      titles.put(id, text.title());
      summaries.put(id, text.summary());
    });
    return base.with(added.codes(), titles, summaries);
  }

  private List<ReadFile> readExtras(Problems problems) {
    List<ReadFile> read = new ArrayList<>();
    for (Path file : extras) {
      read.add(checked(readExtra(file, null, true, problems), "extra.schema.json", problems));
    }
    return read;
  }

  /**
   * {@code file}, a file of facts the catalog cannot do without: one with no entries is one
   * problem, rather than one echo per entry that refers to its missing entries.
   */
  private static ReadFile entries(ReadFile file, Problems problems) {
    if (file.root().isMissingNode() && problems.all().stream().noneMatch(p -> p.file().equals(file.file()))
        || file.root().isArray() && file.root().isEmpty()) {
      problems.addFile(ProblemKind.FILE_UNREADABLE, file.file(), "has no entries; the catalog needs its entries here");
    }
    return file;
  }

  /** The fingerprints file beside each extra file, in the same order; empty when there is none. */
  private List<ReadFile> readExtraFingerprints(Problems problems) {
    List<ReadFile> read = new ArrayList<>();
    for (Path file : extras) {
      Path name = file.toAbsolutePath().normalize().getFileName();
      read.add(name == null ? ReadFile.empty(file.toString())
          : checked(readExtra(file, ExtraCatalogs.fingerprintsOf(name.toString()), false, problems),
              "extra-fingerprints.schema.json", problems));
    }
    return read;
  }

  /**
   * The file {@code name} in the folder of the extra file {@code extra} (the extra file itself when
   * {@code name} is null), as replaced if it is.
   */
  private ReadFile readExtra(Path extra, String name, boolean required, Problems problems) {
    Path absolute = extra.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    if (folder == null) {
      // The root folder has no parent and no name: read as itself, it is "a folder, not a file".
      return ParallelReads.readNow(CatalogSource.directory(absolute), "", required, problems);
    }
    String own = name == null ? absolute.getFileName().toString() : name;
    CatalogSource files = CatalogSource.directory(folder);
    String replacement = replacedExtras.get(folder.resolve(own));
    if (replacement != null) {
      files = CatalogSource.overlay(files, Map.of(own, replacement));
    }
    return ParallelReads.readNow(files, own, required, problems);
  }

  private static ReadFile checked(ReadFile file, String schema, Problems problems) {
    Schemas.check(file, schema, problems);
    return file;
  }

  /** The entry a list file's item is: its {@code code} (or {@code id}) as written. */
  static String idOf(JsonNode item) {
    JsonNode code = item.has("code") ? item.get("code") : item.path("id");
    return code.asText();
  }

  /** {@code node} bound to {@code type}. */
  static <T> T bind(JsonNode node, Class<T> type) {
    return Binder.bind(node, type);
  }
}

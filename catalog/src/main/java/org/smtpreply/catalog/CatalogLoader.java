package org.smtpreply.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.smtpreply.catalog.internal.CatalogSource;
import org.smtpreply.catalog.internal.Located;
import org.smtpreply.catalog.internal.ParallelReads;
import org.smtpreply.catalog.internal.Problems;
import org.smtpreply.catalog.internal.RawBasic;
import org.smtpreply.catalog.internal.RawEnhanced;
import org.smtpreply.catalog.internal.RawGuide;
import org.smtpreply.catalog.internal.RawReference;
import org.smtpreply.catalog.internal.RawText;
import org.smtpreply.i18n.Fingerprint;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.SiteLocale;

/**
 * Reads and validates a catalog. Every problem found is collected, then reported at once in a
 * {@link CatalogException}, one line per problem naming file, line, column and entry.
 */
public final class CatalogLoader {
  static final String BASIC = "basic.yaml";
  static final String ENHANCED = "enhanced.yaml";
  static final String GUIDES = "guides.yaml";
  /** The file, per translated locale, of the source fingerprints its texts were confirmed against. */
  public static final String FINGERPRINTS = "fingerprints.yaml";

  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern COMMAND = Pattern.compile("[A-Z][A-Z-]*");
  private static final Pattern ENHANCED_X = Pattern.compile("X\\.[0-9]{1,3}\\.[0-9]{1,3}");
  private static final Pattern ENHANCED_CONCRETE = Pattern.compile("[245]\\.[0-9]{1,3}\\.[0-9]{1,3}");

  private final Locales locales;
  private final CatalogSource source;
  private final Problems problems = new Problems();
  private final List<Path> extraFiles;

  private CatalogLoader(Locales locales, CatalogSource source, List<Path> extraFiles) {
    this.locales = locales;
    this.source = source;
    this.extraFiles = List.copyOf(extraFiles);
  }

  private CatalogLoader(Locales locales, CatalogSource source) {
    this(locales, source, List.of());
  }

  /** Loads the catalog shipped with this library. */
  public static Catalog loadBuiltIn() {
    return new CatalogLoader(Locales.load(), CatalogSource.classpath()).load();
  }

  /**
   * Loads the catalog shipped with this library plus an organization's own non-standard codes
   * from {@code extras}, extra catalog files checked like the built-in ones (format:
   * catalog/data/README.md). An extra code must have an origin and must not redefine a built-in code.
   */
  public static Catalog loadBuiltIn(List<Path> extras) {
    return new CatalogLoader(Locales.load(), CatalogSource.classpath(), extras).load();
  }

  /**
   * Loads a catalog from a folder laid out like {@code catalog/data}, for the locales of its own
   * {@code locales.yaml} if it has one, else the built-in ones, plus extra catalog files.
   */
  public static Catalog loadDirectory(Path root, List<Path> extras) {
    return new CatalogLoader(Locales.load(root), CatalogSource.directory(root), extras).load();
  }

  /**
   * Loads a catalog from a folder laid out like {@code catalog/data}, for the locales of its own
   * {@code locales.yaml} if it has one, else the built-in ones.
   */
  public static Catalog loadDirectory(Path root) {
    return loadDirectory(root, Locales.load(root));
  }

  /** Loads a catalog from a folder, for the given locales. */
  public static Catalog loadDirectory(Path root, Locales locales) {
    return new CatalogLoader(locales, CatalogSource.directory(root)).load();
  }

  /**
   * Loads a catalog from a folder as if the files in {@code replaced} (by path relative to the
   * folder, such as {@code es/basic.yaml}) had the given contents: how an edit is validated
   * before any file is written. Problems name the real files.
   */
  public static Catalog loadDirectory(Path root, Locales locales, Map<String, String> replaced) {
    return new CatalogLoader(locales, CatalogSource.overlay(CatalogSource.directory(root), replaced)).load();
  }

  private Catalog load() {
    try (ParallelReads reads = new ParallelReads(source, problems)) {
      return load(reads);
    }
  }

  /** Starts every file's read at once, then takes the results in the order problems are reported. */
  private Catalog load(ParallelReads reads) {
    Supplier<List<Located<RawBasic>>> basicRead = reads.start(f -> f.readList(BASIC, RawBasic.class));
    Supplier<List<Located<RawEnhanced>>> enhancedRead = reads.start(f -> f.readList(ENHANCED, RawEnhanced.class));
    Map<String, Supplier<Map<String, Located<RawText>>>> basicTextReads = new LinkedHashMap<>();
    Map<String, Supplier<Map<String, Located<RawText>>>> enhancedTextReads = new LinkedHashMap<>();
    Map<String, Supplier<Map<String, Located<RawGuide>>>> guideReads = new LinkedHashMap<>();
    for (SiteLocale locale : locales.all()) {
      String tag = locale.tag();
      basicTextReads.put(tag, reads.start(f -> f.readMap(tag + "/" + BASIC, RawText.class)));
      enhancedTextReads.put(tag, reads.start(f -> f.readMap(tag + "/" + ENHANCED, RawText.class)));
      guideReads.put(tag, reads.start(f -> f.readMap(tag + "/" + GUIDES, RawGuide.class)));
    }
    Map<String, Supplier<Map<String, Located<String>>>> fingerprintReads = new LinkedHashMap<>();
    for (SiteLocale locale : locales.targets()) {
      String tag = locale.tag();
      fingerprintReads.put(tag, reads.start(f -> f.readMap(tag + "/" + FINGERPRINTS, String.class)));
    }

    Map<Integer, Located<RawBasic>> basicFacts = readBasicFacts(basicRead.get());
    Map<String, Located<RawEnhanced>> enhancedFacts = readEnhancedFacts(enhancedRead.get());
    Map<String, Map<String, Map<String, Located<RawText>>>> rawTexts = new LinkedHashMap<>();
    Map<String, Map<String, Located<RawGuide>>> rawGuides = new LinkedHashMap<>();
    for (SiteLocale locale : locales.all()) {
      Map<String, Map<String, Located<RawText>>> byFile = new LinkedHashMap<>();
      byFile.put(BASIC, basicTextReads.get(locale.tag()).get());
      byFile.put(ENHANCED, enhancedTextReads.get(locale.tag()).get());
      rawTexts.put(locale.tag(), byFile);
      rawGuides.put(locale.tag(), guideReads.get(locale.tag()).get());
    }
    Map<Integer, ExtraCatalogs.Extra> extras = new ExtraCatalogs(locales, problems).read(extraFiles, basicFacts);
    if (!problems.isEmpty()) {
      // A file that does not parse, or a fact entry without a valid code, would make every check
      // that compares entries report echoes of the same mistake: report the mistake alone.
      throw new CatalogException(problems.lines());
    }

    // Extra codes pass the same checks as built-in ones; built-in entries never refer to them.
    Map<Integer, Located<RawBasic>> allFacts = new TreeMap<>(basicFacts);
    extras.forEach((code, extra) -> allFacts.put(code, extra.facts()));
    Map<Integer, ReplyCode> basic = new TreeMap<>();
    allFacts.forEach((code, located) -> basic.put(code, toReplyCode(located, enhancedFacts, allFacts)));
    Map<String, EnhancedCode> enhanced = new LinkedHashMap<>();
    enhancedFacts.forEach((code, located) -> enhanced.put(code, toEnhanced(located, allFacts)));

    Map<String, Map<String, EntryText>> texts = new LinkedHashMap<>();
    Map<String, Map<String, GuideText>> guides = new LinkedHashMap<>();
    Map<String, Located<RawGuide>> sourceGuides = rawGuides.get(locales.source().tag());
    for (SiteLocale locale : locales.all()) {
      Map<String, EntryText> localeTexts = new HashMap<>();
      checkTexts(locale, BASIC, rawTexts.get(locale.tag()).get(BASIC), basicFacts, localeTexts, false);
      checkTexts(locale, ENHANCED, rawTexts.get(locale.tag()).get(ENHANCED), enhancedFacts, localeTexts, true);
      for (ExtraCatalogs.Extra extra : extras.values()) {
        Located<RawText> text = extra.texts().get(locale.tag());
        String id = extra.facts().value().code().toString();
        localeTexts.put(id, toText(id, text, false));
      }
      texts.put(locale.tag(), localeTexts);
      guides.put(locale.tag(), toGuides(locale, rawGuides.get(locale.tag()), sourceGuides));
    }
    Map<String, Map<String, String>> fingerprints =
        readFingerprints(fingerprintReads, basicFacts, enhancedFacts, sourceGuides);
    if (!problems.isEmpty()) {
      throw new CatalogException(problems.lines());
    }
    return new Catalog(locales, basic, enhanced, texts, guides, fingerprints);
  }

  /**
   * Reads each translated locale's {@code fingerprints.yaml}: for each entry a translator
   * confirmed, the fingerprint of the source text it was confirmed against. A missing file
   * means nothing was confirmed yet.
   */
  private Map<String, Map<String, String>> readFingerprints(
      Map<String, Supplier<Map<String, Located<String>>>> reads,
      Map<Integer, Located<RawBasic>> basicFacts,
      Map<String, Located<RawEnhanced>> enhancedFacts,
      Map<String, Located<RawGuide>> sourceGuides) {
    Map<String, Map<String, String>> byLocale = new LinkedHashMap<>();
    for (SiteLocale locale : locales.targets()) {
      Map<String, String> confirmed = new TreeMap<>();
      for (Map.Entry<String, Located<String>> e : reads.get(locale.tag()).get().entrySet()) {
        String id = e.getKey();
        boolean known = sourceGuides.containsKey(id) || enhancedFacts.containsKey(id)
            || basicFacts.keySet().stream().anyMatch(code -> code.toString().equals(id));
        if (!known) {
          problems.add(e.getValue().where(), id, "no such entry in the catalog; run `smtp-reply translations confirm --locale "
              + locale.tag() + "` to rewrite this file");
        } else if (!Fingerprint.isWellFormed(e.getValue().value())) {
          problems.add(e.getValue().where(), id, "a fingerprint is " + Fingerprint.LENGTH
              + " hex digits; run `smtp-reply translations confirm --locale " + locale.tag() + "` to rewrite this file");
        } else {
          confirmed.put(id, e.getValue().value());
        }
      }
      byLocale.put(locale.tag(), confirmed);
    }
    return byLocale;
  }

  private Map<Integer, Located<RawBasic>> readBasicFacts(List<Located<RawBasic>> entries) {
    Map<Integer, Located<RawBasic>> byCode = new TreeMap<>();
    Map<String, Located<RawBasic>> byConstant = new HashMap<>();
    for (Located<RawBasic> entry : entries) {
      RawBasic raw = entry.value();
      if (raw == null) {
        continue;
      }
      if (raw.code() == null) {
        problems.add(entry.where(), "(no code)", "missing field 'code'; give the three-digit reply code");
        continue;
      }
      String id = raw.code().toString();
      if (raw.code() < 200 || raw.code() > 599) {
        problems.add(entry.where(), id, "code must be three digits from 200 to 599 (2xx to 5xx)");
        continue;
      }
      Located<RawBasic> earlier = byCode.putIfAbsent(raw.code(), entry);
      if (earlier != null) {
        problems.add(entry.where(), id, "code is defined twice (first at line " + earlier.line() + "); remove one");
      }
      checkConstant(entry, id, raw.constant(), byConstant);
    }
    return byCode;
  }

  private Map<String, Located<RawEnhanced>> readEnhancedFacts(List<Located<RawEnhanced>> entries) {
    Map<String, Located<RawEnhanced>> byCode = new TreeMap<>(CatalogLoader::compareEnhanced);
    Map<String, Located<RawEnhanced>> byConstant = new HashMap<>();
    for (Located<RawEnhanced> entry : entries) {
      RawEnhanced raw = entry.value();
      if (raw == null) {
        continue;
      }
      String id = raw.code() == null ? "(no code)" : raw.code();
      if (raw.code() == null || !ENHANCED_X.matcher(raw.code()).matches()) {
        problems.add(entry.where(), id, "code must be written X.subject.detail, such as X.1.1");
        continue;
      }
      Located<RawEnhanced> earlier = byCode.putIfAbsent(raw.code(), entry);
      if (earlier != null) {
        problems.add(entry.where(), id, "code is defined twice (first at line " + earlier.line() + "); remove one");
      }
      checkConstant(entry, id, raw.constant(), byConstant);
    }
    return byCode;
  }

  private <T> void checkConstant(Located<T> entry, String id, String constant, Map<String, Located<T>> seen) {
    if (constant == null || !CONSTANT.matcher(constant).matches()) {
      problems.add(entry.where(), id, "constant must be an UPPER_SNAKE_CASE Java name, such as MAILBOX_UNAVAILABLE");
      return;
    }
    Located<T> earlier = seen.putIfAbsent(constant, entry);
    if (earlier != null) {
      problems.add(entry.where(), id, "constant " + constant + " is already used at line " + earlier.line() + "; choose another name");
    }
  }

  private ReplyCode toReplyCode(
      Located<RawBasic> entry,
      Map<String, Located<RawEnhanced>> enhancedFacts,
      Map<Integer, Located<RawBasic>> basicFacts) {
    RawBasic raw = entry.value();
    String id = raw.code().toString();
    List<RfcReference> references = new ArrayList<>();
    for (RawReference ref : orEmpty(raw.references())) {
      if (ref.rfc() == null || ref.rfc() <= 0) {
        problems.add(entry.where(), id, "a reference needs 'rfc', the RFC number");
        continue;
      }
      references.add(new RfcReference(ref.rfc(), ref.section() == null ? "" : ref.section()));
    }
    Optional<String> origin = Optional.ofNullable(raw.origin()).map(String::strip).filter(s -> !s.isEmpty());
    if (references.isEmpty() && origin.isEmpty()) {
      problems.add(entry.where(), id, "no RFC defines this code: add 'references', or mark it non-standard with 'origin' (who uses it)");
    }
    for (String command : orEmpty(raw.commands())) {
      if (command == null || !COMMAND.matcher(command).matches()) {
        problems.add(entry.where(), id, "command '" + command + "' must be an SMTP command in capitals, such as RCPT");
      }
    }
    for (String code : orEmpty(raw.enhanced())) {
      if (code == null || !ENHANCED_CONCRETE.matcher(code).matches()) {
        problems.add(entry.where(), id, "enhanced code '" + code + "' must be written class.subject.detail, such as 5.1.1");
      } else if (code.charAt(0) - '0' != raw.code() / 100) {
        problems.add(entry.where(), id, "enhanced code " + code + " is of class " + code.charAt(0) + " but the reply is " + raw.code() / 100 + "xx; use " + raw.code() / 100 + code.substring(1));
      } else if (!enhancedFacts.containsKey("X" + code.substring(1))) {
        problems.add(entry.where(), id, "enhanced code " + code + " is not in enhanced.yaml; add it there or remove it here");
      }
    }
    if (raw.code() / 100 == 3 && !orEmpty(raw.enhanced()).isEmpty()) {
      problems.add(entry.where(), id, "3yz replies carry no enhanced code (RFC 2034); remove 'enhanced'");
    }
    for (Integer related : orEmpty(raw.related())) {
      if (related == null || !basicFacts.containsKey(related)) {
        problems.add(entry.where(), id, "related code " + related + " is not in basic.yaml");
      }
    }
    return new ReplyCode(
        raw.code(),
        raw.constant() == null ? "" : raw.constant(),
        references,
        origin,
        orEmpty(raw.commands()),
        orEmpty(raw.enhanced()),
        orEmpty(raw.related()));
  }

  private EnhancedCode toEnhanced(Located<RawEnhanced> entry, Map<Integer, Located<RawBasic>> basicFacts) {
    RawEnhanced raw = entry.value();
    for (Integer code : orEmpty(raw.basic())) {
      if (code == null || !basicFacts.containsKey(code)) {
        problems.add(entry.where(), raw.code(), "associated basic code " + code + " is not in basic.yaml");
      } else if (code / 100 == 3) {
        problems.add(entry.where(), raw.code(), "associated basic code " + code + " is a 3yz reply, which carries no enhanced code");
      }
    }
    return new EnhancedCode(raw.code(), raw.constant() == null ? "" : raw.constant(), orEmpty(raw.rfcs()),
        orEmpty(raw.basic()), classes(raw, basicFacts));
  }

  /** The class digits an enhanced code is used with; see {@link EnhancedCode#classes()}. */
  private static List<Integer> classes(RawEnhanced raw, Map<Integer, Located<RawBasic>> basicFacts) {
    List<Integer> basic = orEmpty(raw.basic());
    SortedSet<Integer> digits = new TreeSet<>();
    boolean onlySuccess = !basic.isEmpty() && basic.stream().allMatch(b -> b != null && b / 100 == 2);
    if (!onlySuccess) {
      digits.add(4);
      digits.add(5);
    }
    if (raw.code().equals("X.0.0") || basic.stream().anyMatch(b -> b != null && b / 100 == 2)) {
      digits.add(2);
    }
    String tail = raw.code().substring(1);
    for (Located<RawBasic> located : basicFacts.values()) {
      for (String sent : orEmpty(located.value().enhanced())) {
        if (sent != null && sent.length() > 1 && sent.substring(1).equals(tail) && Character.isDigit(sent.charAt(0))) {
          digits.add(sent.charAt(0) - '0');
        }
      }
    }
    return List.copyOf(digits);
  }

  private <F> void checkTexts(
      SiteLocale locale,
      String file,
      Map<String, Located<RawText>> raw,
      Map<?, Located<F>> facts,
      Map<String, EntryText> into,
      boolean enhanced) {
    String relative = locale.tag() + "/" + file;
    Map<String, Located<F>> factsById = new HashMap<>();
    facts.forEach((key, value) -> factsById.put(key.toString(), value));
    for (Map.Entry<String, Located<RawText>> e : raw.entrySet()) {
      if (!factsById.containsKey(e.getKey())) {
        problems.add(e.getValue().where(), e.getKey(), "no such code in " + source.displayName(file) + "; add its facts there or remove this text");
        continue;
      }
      if (e.getValue().value() == null) {
        continue;
      }
      into.put(e.getKey(), toText(e.getKey(), e.getValue(), enhanced));
    }
    for (Map.Entry<String, Located<F>> e : factsById.entrySet()) {
      if (!raw.containsKey(e.getKey()) && !locale.partial()) {
        problems.add(e.getValue().where(), e.getKey(), "has no " + locale.name() + " text in " + source.displayName(relative) + "; write it there, or mark the locale partial: true in locales.yaml");
      }
    }
  }

  private EntryText toText(String id, Located<RawText> entry, boolean enhanced) {
    RawText raw = entry.value();
    String where = entry.where();
    required(where, id, "title", raw.title());
    required(where, id, "summary", raw.summary());
    required(where, id, "sender", raw.sender());
    required(where, id, "admin", raw.admin());
    required(where, id, "retry", raw.retry());
    if (raw.causes() == null || raw.causes().isEmpty() || raw.causes().stream().anyMatch(CatalogLoader::blank)) {
      problems.add(where, id, "'causes' must list at least one cause, none of them empty");
    }
    if (!enhanced && (raw.transientForm() != null || raw.permanentForm() != null)) {
      problems.add(where, id, "'transient' and 'permanent' are for enhanced codes only; remove them");
    }
    return new EntryText(
        strip(raw.title()),
        strip(raw.summary()),
        raw.causes() == null ? List.of() : raw.causes().stream().map(CatalogLoader::strip).toList(),
        strip(raw.sender()),
        strip(raw.admin()),
        strip(raw.retry()),
        Optional.ofNullable(raw.transientForm()).map(String::strip).filter(s -> !s.isEmpty()),
        Optional.ofNullable(raw.permanentForm()).map(String::strip).filter(s -> !s.isEmpty()));
  }

  private Map<String, GuideText> toGuides(
      SiteLocale locale, Map<String, Located<RawGuide>> raw, Map<String, Located<RawGuide>> sourceGuides) {
    Map<String, GuideText> guides = new TreeMap<>();
    for (Map.Entry<String, Located<RawGuide>> e : raw.entrySet()) {
      RawGuide guide = e.getValue().value();
      String where = e.getValue().where();
      if (!sourceGuides.containsKey(e.getKey())) {
        problems.add(where, e.getKey(), "no such guide in the " + locales.source().name() + " guides; remove it or add it there first");
      }
      if (guide == null) {
        continue;
      }
      required(where, e.getKey(), "title", guide.title());
      required(where, e.getKey(), "summary", guide.summary());
      if (guide.body() == null || guide.body().isEmpty() || guide.body().stream().anyMatch(CatalogLoader::blank)) {
        problems.add(where, e.getKey(), "'body' must list at least one paragraph, none of them empty");
      }
      guides.put(e.getKey(), new GuideText(
          strip(guide.title()),
          strip(guide.summary()),
          guide.body() == null ? List.of() : guide.body().stream().map(CatalogLoader::strip).toList()));
    }
    for (Map.Entry<String, Located<RawGuide>> e : sourceGuides.entrySet()) {
      if (!raw.containsKey(e.getKey()) && !locale.partial()) {
        problems.add(e.getValue().where(), e.getKey(), "guide has no " + locale.name() + " text in " + source.displayName(locale.tag() + "/" + GUIDES) + "; write it there, or mark the locale partial: true in locales.yaml");
      }
    }
    if (raw.isEmpty() && sourceGuides.isEmpty()) {
      problems.addFile(source.displayName(locale.tag() + "/" + GUIDES), "file is missing or empty; the site needs its guides");
    }
    return guides;
  }

  private void required(String where, String id, String field, String value) {
    if (blank(value)) {
      problems.add(where, id, "'" + field + "' is missing or empty; write it");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** Orders {@code X.s.d} codes by subject, then detail, numerically. */
  static int compareEnhanced(String a, String b) {
    String[] pa = a.split("\\.");
    String[] pb = b.split("\\.");
    for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
      int c = compareNumber(pa[i], pb[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pa.length, pb.length);
  }

  /**
   * Numbers by value, anything else as text. No exception for the {@code X} of every code: this
   * runs for each comparison in the catalog's sorted maps, ten thousands of times in a large one.
   */
  private static int compareNumber(String a, String b) {
    if (isNumber(a) && isNumber(b)) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return a.compareTo(b);
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}

package org.smtpreply.catalog;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smtpreply.catalog.internal.LazyMap;
import org.smtpreply.catalog.internal.RecordCodec;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.SiteLocale;

/**
 * The built-in catalog, checked and snapshot by the catalog's own build ({@link #main}, run by
 * exec-maven-plugin) into this artifact: the whole catalog ({@code catalog.snapshot}, what {@link
 * Catalog#builtIn()} reads in milliseconds instead of parsing and checking the YAML) and its facts
 * alone ({@code facts.snapshot}, what the annotation processor reads). Both hold everything in the
 * catalog's order, so that two builds write the same bytes.
 */
public final class Snapshots {
  /** Where the whole built-in catalog's snapshot is on the classpath. */
  static final String CATALOG = "/org/smtpreply/catalog/catalog.snapshot";
  /** Where the built-in catalog's facts snapshot is on the classpath. */
  static final String FACTS = "/org/smtpreply/catalog/facts.snapshot";
  /** Changes whenever what a snapshot holds changes; an older snapshot is ignored. */
  private static final int VERSION = 6;

  /** What {@code facts.snapshot} holds, and the head of {@code catalog.snapshot}. */
  record Facts(List<ReplyCode> basic, List<EnhancedCode> enhanced, Map<String, String> titles) {}

  /** One locale's entry texts, a block of {@code catalog.snapshot}. */
  record Texts(Map<String, EntryText> byId) {}

  /** One locale's guides, a block of {@code catalog.snapshot}. */
  record Guides(Map<String, GuideText> byId) {}

  /** One locale's texts of reasons, or of providers and their replies, a block of {@code catalog.snapshot}. */
  record Advice(Map<String, AdviceText> byId) {}

  /** One locale's confirmations: per field, and older whole-entry fingerprints; a block of {@code catalog.snapshot}. */
  record Prints(Map<String, Map<String, String>> confirmed, Map<String, String> fingerprints) {}

  /** What follows the facts in {@code catalog.snapshot}: locales, reasons and providers. */
  record Head(List<SiteLocale> locales, List<String> translated, List<Reason> reasons, List<Provider> providers) {}

  private Snapshots() {}

  /**
   * Writes the built-in catalog's snapshots into the folder {@code args[0]}: {@code
   * catalog.snapshot} is the facts, the locales, reasons and providers, then per locale a block of
   * code texts, guides, reason texts and provider texts, then per translated locale its
   * fingerprints; each block is decoded only when its locale is asked for.
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    Files.createDirectories(folder);
    Catalog catalog = CatalogLoader.builtIn().load();
    try (OutputStream stream = Files.newOutputStream(folder.resolve("catalog.snapshot"))) {
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
      out.writeInt(VERSION);
      CatalogFacts facts = catalog.facts();
      RecordCodec.write(out, Facts.class, new Facts(facts.basicCodes(), facts.enhancedCodes(), facts.titles()));
      List<String> translated = catalog.locales().targets().stream().map(SiteLocale::tag).toList();
      RecordCodec.write(out, Head.class, new Head(catalog.locales().all(), translated, catalog.reasons(),
          catalog.providers()));
      Catalog.Texts texts = catalog.texts();
      for (SiteLocale locale : catalog.locales().all()) {
        String tag = locale.tag();
        block(out, Texts.class, new Texts(texts.entries().getOrDefault(tag, Map.of())));
        block(out, Guides.class, new Guides(texts.guides().getOrDefault(tag, Map.of())));
        block(out, Advice.class, new Advice(texts.reasons().getOrDefault(tag, Map.of())));
        block(out, Advice.class, new Advice(texts.providers().getOrDefault(tag, Map.of())));
      }
      for (String tag : translated) {
        block(out, Prints.class, new Prints(texts.confirmed().getOrDefault(tag, Map.of()),
            texts.fingerprints().getOrDefault(tag, Map.of())));
      }
      out.flush();
    }
    try (OutputStream out = Files.newOutputStream(folder.resolve("facts.snapshot"))) {
      writeFacts(catalog.facts(), out);
    }
  }

  private static <T> void block(DataOutputStream out, Class<T> type, T value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream block = new DataOutputStream(bytes);
    RecordCodec.write(block, type, value);
    block.flush();
    out.writeInt(bytes.size());
    bytes.writeTo(out);
  }

  static void writeFacts(CatalogFacts facts, OutputStream out) throws IOException {
    write(out, Facts.class, new Facts(facts.basicCodes(), facts.enhancedCodes(), facts.titles()));
  }

  static CatalogFacts readFacts(InputStream in) throws IOException {
    Facts facts = read(in, Facts.class).orElseThrow(() -> new IOException("facts snapshot of another version"));
    return new CatalogFacts(facts.basic(), facts.enhanced(), facts.titles());
  }

  /**
   * The built-in catalog from its snapshot, with the locales it was written for (the built-in
   * ones, read from locales.yaml when the catalog's build ran), if this artifact has a snapshot of
   * this version; empty otherwise (a caller then loads the YAML).
   */
  static Optional<Catalog> builtIn() {
    try (InputStream stream = Snapshots.class.getResourceAsStream(CATALOG)) {
      if (stream == null) {
        return Optional.empty();
      }
      DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
      if (in.readInt() != VERSION) {
        return Optional.empty();
      }
      Facts facts = (Facts) RecordCodec.read(in, Facts.class);
      Head head = (Head) RecordCodec.read(in, Head.class);
      List<String> tags = head.locales().stream().map(SiteLocale::tag).toList();
      Map<String, byte[]> texts = new LinkedHashMap<>();
      Map<String, byte[]> guides = new LinkedHashMap<>();
      Map<String, byte[]> reasons = new LinkedHashMap<>();
      Map<String, byte[]> providers = new LinkedHashMap<>();
      Map<String, byte[]> prints = new LinkedHashMap<>();
      for (String tag : tags) {
        texts.put(tag, block(in));
        guides.put(tag, block(in));
        reasons.put(tag, block(in));
        providers.put(tag, block(in));
      }
      for (String tag : head.translated()) {
        prints.put(tag, block(in));
      }
      return Optional.of(Catalog.ofSnapshot(Locales.of(head.locales()),
          new CatalogFacts(facts.basic(), facts.enhanced(), facts.titles()), head.reasons(), head.providers(),
          new Catalog.Texts(
              new LazyMap<>(tags, tag -> decode(texts.get(tag), Texts.class).byId()),
              new LazyMap<>(tags, tag -> decode(guides.get(tag), Guides.class).byId()),
              new LazyMap<>(tags, tag -> decode(reasons.get(tag), Advice.class).byId()),
              new LazyMap<>(tags, tag -> decode(providers.get(tag), Advice.class).byId()),
              new LazyMap<>(head.translated(), tag -> decode(prints.get(tag), Prints.class).confirmed()),
              new LazyMap<>(head.translated(), tag -> decode(prints.get(tag), Prints.class).fingerprints()))));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static byte[] block(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return bytes;
  }

  private static <T> T decode(byte[] bytes, Class<T> type) {
    try {
      return type.cast(RecordCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)), type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> void write(OutputStream stream, Class<T> type, T value) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
    out.writeInt(VERSION);
    RecordCodec.write(out, type, value);
    out.flush();
  }

  private static <T> Optional<T> read(InputStream stream, Class<T> type) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
    if (in.readInt() != VERSION) {
      return Optional.empty();
    }
    return Optional.of(type.cast(RecordCodec.read(in, type)));
  }
}

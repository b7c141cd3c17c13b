package org.smtpreply.i18n;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The locales the project publishes, in the order of {@code locales.yaml}; the first one is the
 * source locale that every other falls back to.
 *
 * <p>A catalog folder may carry its own {@code locales.yaml} and {@code ui/<tag>.properties}
 * ({@link #load(Path)}): then its list replaces the built-in one and its UI strings replace or
 * extend the built-in ones, so that a team adds a language with files only.
 */
public final class Locales {
  static final String RESOURCE = "/org/smtpreply/i18n/locales.yaml";
  /** The name of the locale list, in the built-in resources and in a catalog folder. */
  public static final String FILE = "locales.yaml";

  private final List<SiteLocale> all;
  private final Optional<Path> uiFolder;

  private Locales(String file, List<SiteLocale> all, Optional<Path> uiFolder) {
    if (all.isEmpty()) {
      throw new I18nException(file + ": lists no locale; add at least the source locale");
    }
    Set<String> tags = new LinkedHashSet<>();
    for (SiteLocale locale : all) {
      if (!tags.add(locale.tag())) {
        throw new I18nException(file + ": locale '" + locale.tag() + "' is listed twice; remove one");
      }
    }
    if (all.get(0).partial()) {
      throw new I18nException(file + ": the source locale '" + all.get(0).tag()
          + "' cannot be partial: every other locale falls back to it; remove 'partial'");
    }
    this.all = List.copyOf(all);
    this.uiFolder = uiFolder;
  }

  /** The built-in locales of this project, read from its {@code locales.yaml}. */
  public static Locales load() {
    try (InputStream in = Locales.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new I18nException(RESOURCE + " is missing from the classpath");
      }
      return new Locales(RESOURCE, parse(RESOURCE, in), Optional.empty());
    } catch (IOException e) {
      throw new I18nException(RESOURCE + ": cannot be read: " + e.getMessage());
    }
  }

  /**
   * The locales of the catalog folder {@code dir}: its own {@code locales.yaml} if it has one,
   * else the built-in list; in both cases UI strings in {@code dir/ui/<tag>.properties} replace
   * or extend the built-in ones.
   */
  public static Locales load(Path dir) {
    Path file = dir.resolve(FILE);
    Optional<Path> ui = Optional.of(dir.resolve(UiMessages.FOLDER_NAME));
    if (!Files.isRegularFile(file)) {
      return new Locales(RESOURCE, load().all, ui);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new Locales(file.toString(), parse(file.toString(), in), ui);
    } catch (IOException e) {
      throw new I18nException(file + ": cannot be read: " + e.getMessage());
    }
  }

  /** Locales given directly, in order; the first is the source locale. */
  public static Locales of(List<SiteLocale> locales) {
    return new Locales("(given locales)", new ArrayList<>(locales), Optional.empty());
  }

  /** One item of {@code locales.yaml}, as written. */
  private record RawLocale(String tag, String name, Boolean partial) {}

  private static List<SiteLocale> parse(String file, InputStream in) throws IOException {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    List<RawLocale> raw;
    try {
      raw = yaml.readValue(in, new TypeReference<List<RawLocale>>() {});
    } catch (JsonProcessingException e) {
      String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      String what = e instanceof UnrecognizedPropertyException unknown
          ? "unknown field '" + unknown.getPropertyName() + "'"
          : firstLine(e.getOriginalMessage());
      throw new I18nException(file + at + ": " + what + "; each item needs 'tag' and 'name', and may say 'partial: true'");
    }
    List<SiteLocale> locales = new ArrayList<>();
    for (RawLocale item : raw == null ? List.<RawLocale>of() : raw) {
      if (item == null || item.tag() == null || item.name() == null || item.name().isBlank()) {
        throw new I18nException(file + ": item " + (locales.size() + 1)
            + " needs a 'tag' (such as pt-BR) and a 'name' (the language's own name)");
      }
      locales.add(new SiteLocale(checkTag(file, item.tag()), item.name().strip(),
          Boolean.TRUE.equals(item.partial())));
    }
    return locales;
  }

  private static String checkTag(String file, String tag) {
    try {
      String canonical = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
      if (!canonical.equals(tag)) {
        throw new I18nException(file + ": locale tag '" + tag + "' is written '" + canonical + "' in BCP 47; use that");
      }
      return tag;
    } catch (IllformedLocaleException e) {
      throw new I18nException(file + ": '" + tag + "' is not a BCP 47 language tag; write one such as pt-BR");
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * The folder whose {@code <tag>.properties} files replace or extend the built-in UI strings,
   * when these locales come from a catalog folder.
   */
  public Optional<Path> uiFolder() {
    return uiFolder;
  }

  /** Every published locale, source first. */
  public List<SiteLocale> all() {
    return all;
  }

  /** The source locale (English): the one every text is written in first. */
  public SiteLocale source() {
    return all.get(0);
  }

  /** Every locale translated from the source: all but the first. */
  public List<SiteLocale> targets() {
    return all.subList(1, all.size());
  }

  /** The locale with this exact tag, if it is published. */
  public Optional<SiteLocale> find(String tag) {
    return all.stream().filter(l -> l.tag().equalsIgnoreCase(tag)).findFirst();
  }

  /**
   * The published locale that serves {@code tag}: the tag itself, else the longest prefix of it
   * that is published ({@code es} for {@code es-MX}); empty when neither is published (the source locale is
   * not a stand-in for an unknown language).
   */
  public Optional<SiteLocale> resolve(String tag) {
    for (String current = tag; !current.isEmpty(); current = current.substring(0, Math.max(0, current.lastIndexOf('-')))) {
      Optional<SiteLocale> found = find(current);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The tags to try, in order, for text in {@code tag}: the tag itself, then each shorter prefix
   * ({@code es-MX} then {@code es}), then the source locale.
   */
  public List<String> fallbackChain(String tag) {
    Set<String> chain = new LinkedHashSet<>();
    String current = tag;
    while (true) {
      chain.add(current);
      int dash = current.lastIndexOf('-');
      if (dash < 0) {
        break;
      }
      current = current.substring(0, dash);
    }
    chain.add(source().tag());
    return List.copyOf(chain);
  }
}

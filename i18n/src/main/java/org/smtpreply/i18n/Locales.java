package org.smtpreply.i18n;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
  /** The largest {@code locales.yaml} read: a list of languages is a few hundred bytes. */
  static final int MAX_BYTES = 64 * 1024;

  private final List<SiteLocale> all;
  private final Optional<Path> uiFolder;

  private Locales(String file, List<SiteLocale> all, Optional<Path> uiFolder) {
    if (all.isEmpty()) {
      throw new LocaleFileException(file, "lists no locale; add at least the source locale");
    }
    Set<String> tags = new LinkedHashSet<>();
    for (SiteLocale locale : all) {
      if (!tags.add(locale.tag())) {
        throw new LocaleFileException(file, "locale '" + locale.tag() + "' is listed twice; remove one");
      }
    }
    if (all.get(0).partial()) {
      throw new LocaleFileException(file, "the source locale '" + all.get(0).tag()
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
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return new Locales(RESOURCE, load().all, ui);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new Locales(file.toString(), parse(file.toString(), in), ui);
    } catch (IOException e) {
      throw new LocaleFileException(file.toString(), IoProblems.describe(file, e) + "; make it a readable file");
    }
  }

  /** Locales given directly, in order; the first is the source locale. */
  public static Locales of(List<SiteLocale> locales) {
    return new Locales("(given locales)", new ArrayList<>(locales), Optional.empty());
  }

  /**
   * The YAML factory, made when a {@code locales.yaml} is first read: {@link #of} (the built-in
   * catalog read from its snapshot) needs none, and starting Jackson costs a cold {@code explain}
   * tens of milliseconds.
   */
  private static final class Yaml {
    static final YAMLFactory FACTORY = new YAMLFactory();
  }

  /**
   * The items of {@code locales.yaml}, read token by token so that every mistake is reported at
   * its line and column: a list of maps with {@code tag}, {@code name} and optionally
   * {@code partial}, one YAML document, no anchors or aliases.
   */
  private static List<SiteLocale> parse(String file, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new LocaleFileException(file, "is larger than " + MAX_BYTES / 1024 + " KB; a list of locales is a few lines");
    }
    List<SiteLocale> locales = new ArrayList<>();
    try (YAMLParser yaml = Yaml.FACTORY.createParser(bytes)) {
      JsonToken token = next(file, yaml);
      if (token == null) {
        return locales;
      }
      if (token != JsonToken.START_ARRAY) {
        throw located(file, yaml, "expected a list of locales; write one item per locale, each starting with '- tag:'");
      }
      while ((token = next(file, yaml)) != JsonToken.END_ARRAY) {
        if (token != JsonToken.START_OBJECT) {
          throw located(file, yaml, "an item must be a map; write 'tag' and 'name' on lines of their own, such as '- tag: pt-BR'");
        }
        locales.add(item(file, yaml));
      }
      if (next(file, yaml) != null) {
        throw located(file, yaml, "a locales.yaml holds one YAML document; remove the '---' line and what follows");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new LocaleFileException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          "YAML syntax error: " + firstLine(e.getOriginalMessage()) + "; check the indentation and quotes there");
    }
    return locales;
  }

  /** One item, its {@code START_OBJECT} just read. */
  private static SiteLocale item(String file, YAMLParser yaml) throws IOException {
    JsonLocation start = yaml.currentTokenLocation();
    String tag = null;
    String name = null;
    boolean partial = false;
    while (next(file, yaml) == JsonToken.FIELD_NAME) {
      String field = yaml.currentName();
      JsonToken value = next(file, yaml);
      switch (field) {
        case "tag" -> tag = text(file, yaml, value, "'tag' must be text; write a language tag such as pt-BR");
        case "name" -> name = text(file, yaml, value, "'name' must be text; write the language's own name, such as Português");
        case "partial" -> {
          if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
            throw located(file, yaml, "'partial' must be true or false; write partial: true, or leave it out");
          }
          partial = value == JsonToken.VALUE_TRUE;
        }
        default -> throw located(file, yaml, "unknown field '" + field + "'; an item has 'tag', 'name' and 'partial'");
      }
    }
    if (tag == null || name == null || name.isBlank()) {
      throw new LocaleFileException(file, start.getLineNr(), start.getColumnNr(), "this item needs a 'tag' (such as pt-BR)"
          + " and a 'name' (the language's own name); write the missing one");
    }
    return new SiteLocale(checkTag(file, start, tag), name.strip(), partial);
  }

  /** The next token, refusing anchors and aliases, which would share or hide a value. */
  private static JsonToken next(String file, YAMLParser yaml) throws IOException {
    JsonToken token = yaml.nextToken();
    if (token != null && (yaml.isCurrentAlias() || yaml.getObjectId() != null)) {
      throw located(file, yaml, "anchors (&name) and aliases (*name) are not used in locales.yaml; write each value out");
    }
    return token;
  }

  private static String text(String file, YAMLParser yaml, JsonToken value, String expected) throws IOException {
    if (value != JsonToken.VALUE_STRING) {
      throw located(file, yaml, expected);
    }
    return yaml.getText();
  }

  private static LocaleFileException located(String file, YAMLParser yaml, String message) {
    JsonLocation at = yaml.currentTokenLocation();
    return new LocaleFileException(file, at.getLineNr(), at.getColumnNr(), message);
  }

  private static String checkTag(String file, JsonLocation at, String tag) {
    try {
      String canonical = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
      if (!canonical.equals(tag)) {
        throw new LocaleFileException(file, at.getLineNr(), at.getColumnNr(),
            "locale tag '" + tag + "' is written '" + canonical + "' in BCP 47; use that");
      }
      return tag;
    } catch (IllformedLocaleException e) {
      throw new LocaleFileException(file, at.getLineNr(), at.getColumnNr(),
          "'" + tag + "' is not a BCP 47 language tag; write one such as pt-BR");
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

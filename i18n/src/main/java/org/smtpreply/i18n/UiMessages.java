package org.smtpreply.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The site's UI strings in one locale, read from {@code ui/<tag>.properties} (UTF-8) along the
 * locale's fallback chain, so that a missing key shows the source text instead of nothing.
 */
public final class UiMessages {
  static final String FOLDER = "/org/smtpreply/i18n/ui/";
  /** The folder of UI bundles, in the built-in resources and in a catalog folder. */
  static final String FOLDER_NAME = "ui";

  private final SiteLocale locale;
  private final Map<String, String> messages;
  private final Map<String, String> languageOf;

  private UiMessages(SiteLocale locale, Map<String, String> messages, Map<String, String> languageOf) {
    this.locale = locale;
    this.messages = Collections.unmodifiableMap(messages);
    this.languageOf = Collections.unmodifiableMap(languageOf);
  }

  /**
   * Loads the UI strings of {@code locale}, filling gaps along its fallback chain; for each
   * locale of the chain, the strings of {@link Locales#uiFolder()} replace or extend the built-in
   * ones.
   */
  public static UiMessages load(Locales locales, SiteLocale locale) {
    Map<String, String> messages = new TreeMap<>();
    Map<String, String> languageOf = new TreeMap<>();
    List<String> chain = new ArrayList<>(locales.fallbackChain(locale.tag()));
    Collections.reverse(chain);
    for (String tag : chain) {
      List<Properties> bundles = new ArrayList<>();
      bundles.add(read(tag));
      locales.uiFolder().ifPresent(folder -> bundles.add(read(folder.resolve(tag + ".properties"))));
      for (Properties bundle : bundles) {
        for (String key : bundle.stringPropertyNames()) {
          messages.put(key, bundle.getProperty(key));
          languageOf.put(key, tag);
        }
      }
    }
    return new UiMessages(locale, messages, languageOf);
  }

  private static Properties read(String tag) {
    Properties bundle = new Properties();
    String name = FOLDER + tag + ".properties";
    try (InputStream in = UiMessages.class.getResourceAsStream(name)) {
      if (in != null) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          bundle.load(reader);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new I18nException(name + ": cannot be read: " + e.getMessage());
    }
    return bundle;
  }

  private static Properties read(Path file) {
    Properties bundle = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      bundle.load(reader);
    } catch (NoSuchFileException e) {
      return bundle;
    } catch (IOException | IllegalArgumentException e) {
      throw new I18nException(file + ": cannot be read: " + e.getMessage()
          + "; save it as UTF-8 with lines such as key=text");
    }
    return bundle;
  }

  /** The locale these strings are for. */
  public SiteLocale locale() {
    return locale;
  }

  /** The string for {@code key}; a key missing from every bundle is a programming error. */
  public String get(String key) {
    String value = messages.get(key);
    if (value == null) {
      throw new I18nException(
          "UI string '" + key + "' is missing from " + FOLDER + "en.properties; add it there");
    }
    return value;
  }

  /**
   * The string for {@code key} with its {@link MessageFormat} arguments filled in for this
   * locale; plural forms are written as {@code {0,choice,0#...|1#...|1<...}}.
   */
  public String format(String key, Object... arguments) {
    return new MessageFormat(get(key), locale.locale()).format(arguments);
  }

  /** The tag of the locale the string for {@code key} actually comes from. */
  public String languageOf(String key) {
    get(key);
    return languageOf.get(key);
  }

  /**
   * These strings with {@code key} set to {@code value}, taken as written in this locale: a site's
   * own title or footer, given by whoever publishes it.
   */
  public UiMessages with(String key, String value) {
    Map<String, String> changed = new TreeMap<>(messages);
    Map<String, String> languages = new TreeMap<>(languageOf);
    changed.put(key, value);
    languages.put(key, locale.tag());
    return new UiMessages(locale, changed, languages);
  }

  /** Every resolved string, by key, for handing to templates. */
  public Map<String, String> asMap() {
    return messages;
  }
}

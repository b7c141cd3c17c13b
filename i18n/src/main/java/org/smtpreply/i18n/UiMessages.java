package org.smtpreply.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.charset.MalformedInputException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's UI strings in one locale, read from {@code ui/<tag>.properties} (UTF-8) along the
 * locale's fallback chain, so that a missing key shows the source text instead of nothing.
 */
public final class UiMessages {
  static final String FOLDER = "/org/smtpreply/i18n/ui/";
  /** The folder of UI bundles, in the built-in resources and in a catalog folder. */
  static final String FOLDER_NAME = "ui";
  /** A {@link MessageFormat} argument, {@code {0}} or {@code {1,choice,...}}. */
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*\\d");

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
    Properties source = read(locales.source().tag());
    for (String tag : chain) {
      List<Properties> bundles = new ArrayList<>();
      bundles.add(read(tag));
      locales.uiFolder().ifPresent(folder -> bundles.add(checked(folder.resolve(tag + ".properties"), source, locale)));
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

  /**
   * The bundle {@code file} of a catalog folder, each pattern checked: a key whose text in the
   * {@code source} bundle takes arguments ({@code {0}}) must hold a pattern that {@link
   * MessageFormat} reads, or every page that uses it would fail to render.
   */
  private static Properties checked(Path file, Properties source, SiteLocale locale) {
    String text;
    try {
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return new Properties();
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new LocaleFileException(file.toString(), "is not UTF-8; save it as UTF-8 with lines such as key=text");
    } catch (IOException e) {
      throw new LocaleFileException(file.toString(), IoProblems.describe(file, e) + "; make it a readable file");
    }
    Properties bundle = new Properties();
    try {
      bundle.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new LocaleFileException(file.toString(), "cannot be read as key=text lines (" + e.getMessage()
          + "); write \\uXXXX escapes in full, or the character itself");
    }
    for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
      String pattern = source.getProperty(key);
      if (pattern == null || !ARGUMENT.matcher(pattern).find()) {
        continue;
      }
      try {
        new MessageFormat(bundle.getProperty(key), locale.locale());
      } catch (IllegalArgumentException e) {
        throw new LocaleFileException(file.toString(), lineOf(text, key), 1, "key '" + key + "': not a message pattern ("
            + e.getMessage() + "); keep the {0} and {0,choice,...} forms of " + FOLDER.substring(1) + "en.properties");
      }
    }
    return bundle;
  }

  /** The line where {@code key} is defined in the properties {@code text}, or 0. */
  private static int lineOf(String text, String key) {
    Pattern definition = Pattern.compile("^[ \\t\\f]*" + Pattern.quote(key) + "[ \\t\\f]*[=:\\s]", Pattern.MULTILINE);
    Matcher m = definition.matcher(text);
    if (!m.find()) {
      return 0;
    }
    return (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
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

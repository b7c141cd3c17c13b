package org.smtpreply.i18n;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The locales the project publishes, in the order of {@code locales.yaml}; the first one is the
 * source locale that every other falls back to.
 */
public final class Locales {
  static final String RESOURCE = "/org/smtpreply/i18n/locales.yaml";

  private final List<SiteLocale> all;

  private Locales(List<SiteLocale> all) {
    if (all.isEmpty()) {
      throw new I18nException(RESOURCE + ": lists no locale; add at least the source locale");
    }
    Set<String> tags = new LinkedHashSet<>();
    for (SiteLocale locale : all) {
      if (!tags.add(locale.tag())) {
        throw new I18nException(RESOURCE + ": locale '" + locale.tag() + "' is listed twice");
      }
    }
    this.all = List.copyOf(all);
  }

  /** The locales of this project, read from its {@code locales.yaml}. */
  public static Locales load() {
    try (InputStream in = Locales.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new I18nException(RESOURCE + " is missing from the classpath");
      }
      ObjectMapper yaml =
          new ObjectMapper(new YAMLFactory())
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      return new Locales(yaml.readValue(in, new TypeReference<List<SiteLocale>>() {}));
    } catch (JsonProcessingException e) {
      throw new I18nException(RESOURCE + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new I18nException(RESOURCE + ": cannot be read: " + e.getMessage());
    }
  }

  /** Locales given directly, in order; the first is the source locale. */
  public static Locales of(List<SiteLocale> locales) {
    return new Locales(new ArrayList<>(locales));
  }

  /** Every published locale, source first. */
  public List<SiteLocale> all() {
    return all;
  }

  /** The source locale (English): the one every text is written in first. */
  public SiteLocale source() {
    return all.get(0);
  }

  /** The locale with this exact tag, if it is published. */
  public Optional<SiteLocale> find(String tag) {
    return all.stream().filter(l -> l.tag().equalsIgnoreCase(tag)).findFirst();
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

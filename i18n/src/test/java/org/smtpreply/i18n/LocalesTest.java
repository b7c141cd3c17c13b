package org.smtpreply.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The locale list, the fallback chain and the UI bundles. */
class LocalesTest {
  private final Locales locales = Locales.load();

  @Test
  void englishIsTheSourceAndSpanishIsPublished() {
    assertEquals("en", locales.source().tag());
    assertEquals("Español", locales.find("es").orElseThrow().name());
  }

  @Test
  void regionalSpanishFallsBackToSpanishThenEnglish() {
    assertEquals(List.of("es-MX", "es", "en"), locales.fallbackChain("es-MX"));
    assertEquals(List.of("en"), locales.fallbackChain("en"));
    assertEquals(List.of("pt-BR", "pt", "en"), locales.fallbackChain("pt-BR"));
  }

  @Test
  void spanishBundleTranslatesEveryEnglishKey() {
    UiMessages en = UiMessages.load(locales, locales.find("en").orElseThrow());
    UiMessages es = UiMessages.load(locales, locales.find("es").orElseThrow());
    List<String> untranslated = new TreeSet<>(en.asMap().keySet()).stream()
        .filter(key -> !"es".equals(es.languageOf(key)))
        .toList();
    assertEquals(List.of(), untranslated);
    assertEquals("Rebote permanente", es.get("bounce.hard"));
  }

  @Test
  void noBundleDefinesAKeyTwice() throws java.io.IOException {
    // Properties keep the last of two equal keys silently: a merge that repeats one hides a fix.
    for (SiteLocale locale : locales.all()) {
      String name = "/org/smtpreply/i18n/ui/" + locale.tag() + ".properties";
      try (java.io.InputStream in = LocalesTest.class.getResourceAsStream(name)) {
        List<String> keys = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
            .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
            .map(l -> l.substring(0, l.indexOf('=')).strip())
            .toList();
        assertEquals(List.of(), keys.stream().filter(k -> keys.indexOf(k) != keys.lastIndexOf(k)).distinct().toList(), name);
      }
    }
  }

  @Test
  void countsArePluralAware() {
    UiMessages en = UiMessages.load(locales, locales.source());
    UiMessages es = UiMessages.load(locales, locales.find("es").orElseThrow());
    assertEquals("one code", en.format("home.codes", 1));
    assertEquals("1,234 codes", en.format("home.codes", 1234));
    assertEquals("un código", es.format("home.codes", 1));
    assertEquals("1.234 códigos", es.format("home.codes", 1234));
  }

  @Test
  void aRegionalLocaleWithoutItsOwnBundleShowsItsLanguage() {
    UiMessages mx = UiMessages.load(locales, new SiteLocale("es-MX", "Español (México)"));
    assertEquals("Rebote temporal", mx.get("bounce.soft"));
    assertEquals("es", mx.languageOf("bounce.soft"));
  }

  @Test
  void aMissingKeyNamesTheFileToFix() {
    UiMessages en = UiMessages.load(locales, locales.source());
    I18nException e = assertThrows(I18nException.class, () -> en.get("no.such.key"));
    assertTrue(e.getMessage().contains("'no.such.key'") && e.getMessage().contains("en.properties"), e.getMessage());
  }
}

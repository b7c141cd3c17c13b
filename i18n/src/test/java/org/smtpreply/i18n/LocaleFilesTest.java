package org.smtpreply.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog folder's own locales.yaml and UI bundles replace or extend the built-in ones. */
class LocaleFilesTest {
  @TempDir Path dir;

  @Test
  void aFolderAddsAPartialLocaleAndItsUiStrings() throws IOException {
    Files.writeString(dir.resolve("locales.yaml"),
        "- tag: en\n  name: English\n- tag: pt-BR\n  name: Português (Brasil)\n  partial: true\n", StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("ui"));
    Files.writeString(dir.resolve("ui/pt-BR.properties"), "nav.home=Início\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("ui/en.properties"), "nav.home=Start\n", StandardCharsets.UTF_8);

    Locales locales = Locales.load(dir);

    assertEquals(List.of(new SiteLocale("en", "English"), new SiteLocale("pt-BR", "Português (Brasil)", true)), locales.all());
    UiMessages pt = UiMessages.load(locales, locales.find("pt-BR").orElseThrow());
    assertEquals("Início", pt.get("nav.home"));
    assertEquals("pt-BR", pt.languageOf("nav.home"));
    assertEquals("en", pt.languageOf("site.name"));
    assertEquals("Start", UiMessages.load(locales, locales.source()).get("nav.home"));
  }

  @Test
  void aFolderWithoutLocalesUsesTheBuiltInList() {
    assertEquals(Locales.load().all(), Locales.load(dir).all());
  }

  @Test
  void mistakesInLocalesYamlNameTheFileAndTheFix() throws IOException {
    Path file = dir.resolve("locales.yaml");
    Files.writeString(file, "- tag: en\n  name: English\n  partial: true\n");
    assertEquals(file + ": the source locale 'en' cannot be partial: every other locale falls back to it; remove 'partial'",
        assertThrows(I18nException.class, () -> Locales.load(dir)).getMessage());
    Files.writeString(file, "- tag: en\n  name: English\n- tag: pt_BR\n  name: Português\n");
    assertEquals(file + ": 'pt_BR' is not a BCP 47 language tag; write one such as pt-BR",
        assertThrows(I18nException.class, () -> Locales.load(dir)).getMessage());
    Files.writeString(file, "- tag: en\n  nom: English\n");
    I18nException unknown = assertThrows(I18nException.class, () -> Locales.load(dir));
    assertTrue(unknown.getMessage().startsWith(file + ":") && unknown.getMessage().contains(": unknown field 'nom'; each item needs 'tag' and 'name'"), unknown.getMessage());
  }

  @Test
  void aFingerprintChangesWithAnyFieldAndWithTextMovedBetweenFields() {
    String base = Fingerprint.of(new java.util.LinkedHashMap<>(java.util.Map.of("title", "A")));
    assertTrue(Fingerprint.isWellFormed(base), base);
    assertTrue(!base.equals(Fingerprint.of(java.util.Map.of("title", "B"))));
    java.util.Map<String, String> one = new java.util.LinkedHashMap<>();
    one.put("title", "A B");
    one.put("summary", "C");
    java.util.Map<String, String> moved = new java.util.LinkedHashMap<>();
    moved.put("title", "A");
    moved.put("summary", "B C");
    assertTrue(!Fingerprint.of(one).equals(Fingerprint.of(moved)));
    assertEquals(Fingerprint.of(one), Fingerprint.of(new java.util.LinkedHashMap<>(one)));
  }
}

package org.smtpreply.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        assertThrows(LocaleFileException.class, () -> Locales.load(dir)).getMessage());
    Files.writeString(file, "- tag: en\n  name: English\n- tag: pt_BR\n  name: Português\n");
    assertEquals(file + ":3:3: 'pt_BR' is not a BCP 47 language tag; write one such as pt-BR",
        assertThrows(LocaleFileException.class, () -> Locales.load(dir)).getMessage());
    Files.writeString(file, "- tag: en\n  nom: English\n");
    assertEquals(file + ":2:8: unknown field 'nom'; an item has 'tag', 'name' and 'partial'",
        assertThrows(LocaleFileException.class, () -> Locales.load(dir)).getMessage());
  }

  /** Each of these was read wrongly, or reported with a Java type name at no place or at 1:1. */
  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("a list for a name", "- tag: en\n  name: [1]\n", ":2:9: 'name' must be text; write the language's own name, such as Português"),
        Arguments.of("a number for a tag", "- tag: 7\n  name: English\n", ":1:8: 'tag' must be text; write a language tag such as pt-BR"),
        Arguments.of("text for partial", "- tag: en\n  name: English\n- tag: es\n  name: E\n  partial: si\n",
            ":5:12: 'partial' must be true or false"),
        Arguments.of("a map, not a list", "tag: en\n", ":1:1: expected a list of locales"),
        Arguments.of("an alias", "- tag: en\n  name: &n English\n- tag: es\n  name: *n\n",
            ":4:9: anchors (&name) and aliases (*name) are not used in locales.yaml"),
        Arguments.of("a second document", "- tag: en\n  name: English\n---\n- tag: es\n  name: E\n",
            ":4:1: a locales.yaml holds one YAML document"),
        Arguments.of("a syntax error", "- tag: en\n  name: \"English\n", ": YAML syntax error: "),
        Arguments.of("an item without a name", "- tag: en\n", ":1:3: this item needs a 'tag' (such as pt-BR) and a 'name'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void localesYamlIsReadStrictlyAndEachMistakeIsLocated(String what, String yaml, String expected) throws IOException {
    Path file = dir.resolve("locales.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    String message = assertThrows(LocaleFileException.class, () -> Locales.load(dir)).getMessage();
    assertTrue(message.startsWith(file.toString()) && message.contains(expected), () -> what + ": " + message);
    assertTrue(message.contains("; "), () -> "what to do: " + message);
    assertFalse(message.contains("java.") || message.contains("Exception") || message.contains("\n"), message);
  }

  @Test
  void aLocalesYamlThatCannotBeReadIsNamedNotIgnored() throws IOException {
    Files.createDirectories(dir.resolve("locales.yaml"));
    assertEquals(dir.resolve("locales.yaml") + ": is a folder, not a file; make it a readable file",
        assertThrows(LocaleFileException.class, () -> Locales.load(dir)).getMessage());
  }

  /** D11: a broken pattern failed every page at render time, naming Java renderers, not the file. */
  @Test
  void aBrokenMessagePatternIsRefusedWhenTheBundleIsReadWithItsLine() throws IOException {
    Files.createDirectories(dir.resolve("ui"));
    Path file = dir.resolve("ui/es.properties");
    Files.writeString(file, "# Spanish\nnav.home=Inicio\nfallback.note=Sin traducir: {0\n", StandardCharsets.UTF_8);
    Locales locales = Locales.load(dir);
    LocaleFileException e = assertThrows(LocaleFileException.class,
        () -> UiMessages.load(locales, locales.find("es").orElseThrow()));
    assertEquals(file + ":3:1: key 'fallback.note': not a message pattern (Unmatched braces in the pattern.);"
        + " keep the {0} and {0,choice,...} forms of org/smtpreply/i18n/ui/en.properties", e.getMessage());

    Files.writeString(file, "fallback.note=Sin traducir: {0,foo}\n", StandardCharsets.UTF_8);
    assertTrue(assertThrows(LocaleFileException.class, () -> UiMessages.load(locales, locales.find("es").orElseThrow()))
        .getMessage().startsWith(file + ":1:1: key 'fallback.note': not a message pattern"));

    // Braces in a text that takes no arguments are only text.
    Files.writeString(file, "nav.home=Inicio {sic\n", StandardCharsets.UTF_8);
    assertEquals("Inicio {sic", UiMessages.load(locales, locales.find("es").orElseThrow()).get("nav.home"));
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

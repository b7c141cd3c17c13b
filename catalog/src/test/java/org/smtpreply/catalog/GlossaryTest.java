package org.smtpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smtpreply.catalog.translation.CatalogEntry;
import org.smtpreply.catalog.translation.EntryFields;
import org.smtpreply.i18n.Glossary;
import org.smtpreply.i18n.Locales;
import org.smtpreply.i18n.UiMessages;

/**
 * Every Spanish text of the catalog and every Spanish UI string follows the house glossary: where
 * the English says "bounce", the Spanish says "rebote", and no known mistranslation appears.
 */
class GlossaryTest {
  private static final String LOCALE = "es";
  private static final String UI_FILE = "i18n/src/main/resources/org/smtpreply/i18n/ui/es.properties";

  private final Catalog catalog = Catalog.builtIn();
  private final Glossary glossary = Glossary.load(LOCALE);

  @Test
  void catalogTextsFollowTheGlossary() {
    // Every kind of entry: codes, enhanced codes, guides, bounce reasons, providers and their replies.
    List<String> problems = new ArrayList<>();
    for (CatalogEntry entry : CatalogEntry.all(catalog)) {
      EntryFields.own(catalog, entry, LOCALE).ifPresent(own -> check("catalog/data/" + entry.kind().file(LOCALE),
          entry.id(), EntryFields.source(catalog, entry), own, problems));
    }
    assertEquals(List.of(), problems, () -> problems.size() + " glossary problems:\n" + String.join("\n", problems));
  }

  @Test
  void uiStringsFollowTheGlossary() {
    Locales locales = Locales.load();
    UiMessages en = UiMessages.load(locales, locales.find("en").orElseThrow());
    UiMessages es = UiMessages.load(locales, locales.find(LOCALE).orElseThrow());
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : es.asMap().entrySet()) {
      if (es.languageOf(e.getKey()).equals(LOCALE)) {
        check(UI_FILE, e.getKey(), Map.of("", en.get(e.getKey())), Map.of("", e.getValue()), problems);
      }
    }
    assertEquals(List.of(), problems, () -> String.join("\n", problems));
  }

  @Test
  void theCheckCatchesAKnownMistranslation() {
    // The tests above only mean something if the check finds what it is meant to find.
    List<String> problems = new ArrayList<>();
    check("es/basic.yaml", "550", Map.of("summary", "A hard bounce: the recipient's mailbox does not exist."),
        Map.of("summary", "Una despedida dura (rebote duro): el beneficiario no tiene casilla de correo."), problems);
    String all = String.join("\n", problems);
    for (String word : List.of("despedida", "beneficiario", "casilla de correo", "rebote permanente", "buzón")) {
      assertTrue(all.contains("'" + word + "'"), () -> "no problem names '" + word + "': " + all);
    }
    assertTrue(all.contains("es/basic.yaml: entry 550 (summary): 'despedida' is a forbidden rendering"), all);
    assertFalse(all.contains("'rebote duro' may only"), "a gloss in parentheses is allowed: " + all);
  }

  /**
   * Holds a whole entry to the glossary: a translator may move a term from one field to another
   * ("Recipient mailbox" becomes "buzón de destino" in a title), but an entry about a recipient
   * must say "destinatario" somewhere. A forbidden word is reported with the field it is in.
   */
  private void check(String file, String entry, Map<String, String> english, Map<String, String> translated,
      List<String> problems) {
    String source = String.join("\n", english.values());
    for (String problem : glossary.check(source, String.join("\n", translated.values()))) {
      String field = "";
      for (Map.Entry<String, String> f : translated.entrySet()) {
        if (!f.getKey().isEmpty() && glossary.check("", f.getValue()).contains(problem)) {
          field = " (" + f.getKey() + ")";
          break;
        }
      }
      problems.add(file + ": entry " + entry + field + ": " + problem);
    }
  }
}

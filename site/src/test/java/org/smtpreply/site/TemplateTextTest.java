package org.smtpreply.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Templates hold no words of any language, and the code names no translated locale: every word
 * a reader sees comes from a UI bundle or the catalog, and every locale from locales.yaml.
 */
class TemplateTextTest {
  private static final Path TEMPLATES = Path.of("src/main/resources/org/smtpreply/site/templates");
  /** Removed in turn: FreeMarker comments, directives, interpolations, then HTML comments and tags. */
  private static final List<Pattern> MARKUP = List.of(
      Pattern.compile("(?s)<#--.*?-->"), Pattern.compile("</?[#@][^>]*>"), Pattern.compile("\\$\\{[^}]*}"),
      Pattern.compile("(?s)<!--.*?-->"), Pattern.compile("<[^>]*>"));
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  @Test
  void noTemplateContainsAWordOutsideMarkup() throws IOException {
    List<String> words = new ArrayList<>();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ftlh")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (Pattern markup : MARKUP) {
          text = markup.matcher(text).replaceAll(" ");
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
          words.add(file.getFileName() + ": " + word.group());
        }
      }
    }
    assertEquals(List.of(), words);
  }

  @Test
  void noMainSourceNamesATranslatedLocale() throws IOException {
    Pattern literal = Pattern.compile("[\"']es(-[A-Z]{2})?[\"']");
    List<String> hits = new ArrayList<>();
    for (String module : List.of("../i18n", "../catalog", "../processor", "../site")) {
      try (Stream<Path> files = Files.walk(Path.of(module))) {
        for (Path file : files.filter(f -> f.toString().contains("src/main") && f.toString().matches(".*\\.(java|ftlh|ftlx|js)$")).sorted().toList()) {
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            if (literal.matcher(lines.get(i)).find()) {
              hits.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertEquals(List.of(), hits);
  }
}

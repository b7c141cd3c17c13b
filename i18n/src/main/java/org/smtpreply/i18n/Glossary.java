package org.smtpreply.i18n;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The house glossary of a locale, read from {@code glossary/<tag>.yaml}: the required rendering of
 * each English term and the renderings that must never appear.
 */
public final class Glossary {
  static final String FOLDER = "/org/smtpreply/i18n/glossary/";

  /**
   * Quoted text, angle-bracketed addresses and header field names ({@code Subject:}): reply text
   * and names cited verbatim, which the translation quotes unchanged rather than translates.
   */
  private static final Pattern QUOTED =
      Pattern.compile("\"[^\"]*\"|“[^”]*”|«[^»]*»|<[^>]*>|\\b[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*:(?=\\s|$)");

  private final String tag;
  private final List<GlossaryTerm> terms;

  private Glossary(String tag, List<GlossaryTerm> terms) {
    this.tag = tag;
    this.terms = List.copyOf(terms);
  }

  /** Loads the glossary of the locale {@code tag}; throws {@link I18nException} if it is absent or malformed. */
  public static Glossary load(String tag) {
    String name = FOLDER + tag + ".yaml";
    try (InputStream in = Glossary.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new I18nException(name + " is missing from the classpath; write the " + tag + " glossary there");
      }
      ObjectMapper yaml =
          new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      List<GlossaryTerm> terms = yaml.readValue(in, new TypeReference<List<GlossaryTerm>>() {});
      return new Glossary(tag, terms == null ? List.of() : terms);
    } catch (JsonProcessingException e) {
      String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
      throw new I18nException(name + at + ": " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new I18nException(name + ": cannot be read: " + e.getMessage());
    }
  }

  private static String firstLine(String message) {
    int newline = message == null ? -1 : message.indexOf('\n');
    return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
  }

  /** The locale this glossary is for. */
  public String tag() {
    return tag;
  }

  /** Every term, in file order. */
  public List<GlossaryTerm> terms() {
    return terms;
  }

  /**
   * Every problem of {@code translation}, the text in this locale of the English {@code source},
   * one line each naming the word; empty when the text follows the glossary. Quoted text in the
   * source does not call for a term: it is cited, not translated.
   */
  public List<String> check(String source, String translation) {
    String spoken = QUOTED.matcher(source).replaceAll(" ");
    List<String> problems = new ArrayList<>();
    for (GlossaryTerm term : terms) {
      problems.addAll(term.check(spoken, translation));
    }
    return problems;
  }
}

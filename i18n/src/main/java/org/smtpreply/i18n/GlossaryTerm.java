package org.smtpreply.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One house term: how an English term is rendered in a locale, which renderings count as using
 * it, and which are never to be used.
 *
 * @param english   the English term, such as {@code bounce}
 * @param required  the term to use, such as {@code rebote}
 * @param match     forms of the English term that call for the required term; a trailing
 *                  {@code *} matches any ending
 * @param forms     forms that count as using the required term, written like {@code match}
 * @param forbidden renderings that must never appear
 * @param aside     renderings tolerated only inside parentheses, as a gloss
 */
public record GlossaryTerm(
    String english,
    String required,
    List<String> match,
    List<String> forms,
    List<String> forbidden,
    List<String> aside) {

  /** Copies the lists; absent lists are empty. */
  public GlossaryTerm {
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(required, "required");
    match = match == null ? List.of() : List.copyOf(match);
    forms = forms == null ? List.of() : List.copyOf(forms);
    forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
    aside = aside == null ? List.of() : List.copyOf(aside);
  }

  /**
   * What is wrong with {@code translation} as a rendering of {@code source} under this term, one
   * line per problem naming the word; empty when the term is respected.
   */
  public List<String> check(String source, String translation) {
    List<String> problems = new ArrayList<>();
    String used = firstSpoken(match, source);
    if (used != null && firstMatch(forms, translation) == null) {
      problems.add("the English text says '" + used + "' but this text never uses '" + required + "'");
    }
    for (String word : forbidden) {
      Matcher m = pattern(word).matcher(translation);
      if (m.find()) {
        problems.add("'" + m.group() + "' is a forbidden rendering of '" + english + "'; write '" + required + "'");
      }
    }
    for (String word : aside) {
      Matcher m = pattern(word).matcher(translation);
      while (m.find()) {
        if (!insideParentheses(translation, m.start())) {
          problems.add("'" + m.group() + "' may only follow '" + required + "' in parentheses; write '" + required + "'");
          break;
        }
      }
    }
    return problems;
  }

  /**
   * The first use of one of {@code words} in an English {@code text}; a word in capitals
   * (RESOLVER, a component's token) is a name and counts only for a form written in capitals.
   */
  private static String firstSpoken(List<String> words, String text) {
    for (String word : words) {
      Matcher m = pattern(word).matcher(text);
      while (m.find()) {
        String found = m.group();
        boolean capitals = found.length() > 1 && found.equals(found.toUpperCase(Locale.ROOT));
        if (!capitals || word.equals(word.toUpperCase(Locale.ROOT))) {
          return found;
        }
      }
    }
    return null;
  }

  private static String firstMatch(List<String> words, String text) {
    for (String word : words) {
      Matcher m = pattern(word).matcher(text);
      if (m.find()) {
        return m.group();
      }
    }
    return null;
  }

  private static boolean insideParentheses(String text, int at) {
    int depth = 0;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return depth > 0;
  }

  /** A whole-word, case-insensitive pattern; spaces match any run of white space. */
  private static Pattern pattern(String word) {
    boolean prefix = word.endsWith("*");
    String stem = prefix ? word.substring(0, word.length() - 1) : word;
    // A hyphen joins words into one name (Require-Recipient-Valid-Since), and so does a dot between
    // letters (RESOLVER.ADR.RecipNotFound), so neither is a boundary.
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}.-])");
    String[] parts = stem.strip().toLowerCase(Locale.ROOT).split("\\s+");
    for (int i = 0; i < parts.length; i++) {
      regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(parts[i]));
    }
    regex.append(prefix ? "[\\p{L}\\p{N}'’-]*" : "(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])");
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}

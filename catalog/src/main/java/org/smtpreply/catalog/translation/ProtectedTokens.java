package org.smtpreply.catalog.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runs of a text that a translation keeps exactly as they are: reply codes ({@code 550},
 * {@code 5xx}), enhanced codes as the catalog writes them ({@code 5.1.1}, {@code X.7.1},
 * {@code 4.x.x}), addresses ({@code <bob@example.com>}), web addresses, and protocol names and
 * commands written in capitals ({@code SPF}, {@code RCPT}, {@code STARTTLS}, {@code MTA-STS}). The
 * export marks them so that translation tools protect them, and the import refuses a translation
 * that drops or changes one.
 */
public final class ProtectedTokens {
  private static final Pattern TOKEN = Pattern.compile(String.join("|",
      // An address, in angle brackets or bare; its domain has a dot (<part@domain> is a pattern, not an address).
      "<[^<>@\\s]*@[^<>@\\s]*\\.[^<>@\\s]*>",
      "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+",
      // A web address, less the punctuation that ends the sentence around it.
      "https?://[^\\s<>\"«»]*[^\\s<>\"«».,;:)]",
      // An enhanced code, or a family of them (X.7.x, 4.x.x).
      "(?<![\\p{L}\\p{N}.])[245X]\\.(?:[0-9]{1,3}|x)\\.(?:[0-9]{1,3}|x)(?![\\p{L}\\p{N}]|\\.[\\p{L}\\p{N}])",
      // A reply code, or a class of them (5xx, 4yz).
      "(?<![\\p{L}\\p{N}.,-])[2-5](?:[0-9]{2}|xx|yz)(?![\\p{L}\\p{N}]|[.,][0-9])",
      // A protocol name or command in capitals: two or more, joined by hyphens.
      "(?<![\\p{L}\\p{N}-])[0-9]?[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*(?![\\p{L}\\p{N}-])"));

  /** Words in capitals that are ordinary abbreviations, which a translation may spell out. */
  private static final Set<String> ABBREVIATIONS = Set.of("ID", "IT", "OK", "ISP", "FAQ", "CPU");

  private ProtectedTokens() {}

  /**
   * A protected run of a text.
   *
   * @param start where it starts
   * @param end   where it ends, exclusive
   * @param text  the token
   */
  public record Token(int start, int end, String text) {}

  /** The protected tokens of {@code text}, in order. */
  public static List<Token> find(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      if (!ABBREVIATIONS.contains(m.group())) {
        tokens.add(new Token(m.start(), m.end(), m.group()));
      }
    }
    return tokens;
  }
}

package org.smtpreply.catalog.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes one entry of a locale's text file in the catalog's house style: short texts plain on the
 * key's line, long ones as folded block scalars ({@code >-}) wrapped at 80 columns, and anything a
 * folded scalar cannot hold exactly (line breaks, runs of spaces) double-quoted. Reading the
 * output back gives exactly the texts written.
 */
public final class TextYamlEmitter {
  /** Lines are wrapped to this many columns where words allow. */
  public static final int WIDTH = 80;

  private static final Pattern SIMPLE_KEY = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern NUMBER_LIKE = Pattern.compile("[-+.]?[0-9][0-9a-zA-Z_.:+-]*|[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)");
  private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "=", "<<");
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

  /**
   * The entry {@code key} with its {@code fields}, a map from field name to text, or to a list of
   * texts for list fields; ends with a line break.
   */
  public String entry(String key, Map<String, Object> fields) {
    StringBuilder out = new StringBuilder();
    out.append(key(key)).append(":\n");
    fields.forEach((name, value) -> {
      if (value instanceof List<?> items) {
        out.append("  ").append(name).append(":\n");
        for (Object item : items) {
          scalar(out, "    - ", 6, (String) item);
        }
      } else {
        scalar(out, "  " + name + ": ", 4, (String) value);
      }
    });
    return out.toString();
  }

  /** A mapping key: plain when it is a simple word, else double-quoted. */
  public String key(String key) {
    return SIMPLE_KEY.matcher(key).matches() && !RESERVED.contains(key) ? key : quoted(key);
  }

  /**
   * Writes {@code text} after {@code prefix} (such as {@code "  title: "} or {@code "    - "}) in the
   * house style, with continuation lines indented by {@code indent} spaces.
   */
  void scalar(StringBuilder out, String prefix, int indent, String text) {
    if (isPlainSafe(text) && prefix.length() + text.length() <= WIDTH) {
      out.append(prefix).append(text).append('\n');
    } else if (isFoldable(text)) {
      out.append(prefix).append(">-\n");
      fold(out, " ".repeat(indent), text, WIDTH);
    } else {
      out.append(prefix).append(quoted(text)).append('\n');
    }
  }

  /**
   * Greedy wrapping at single spaces to {@code width} columns; a folded scalar joins the lines again
   * with one space.
   */
  static void fold(StringBuilder out, String indent, String text, int width) {
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.split(" ")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    out.append(line).append('\n');
  }

  /** Whether a plain scalar reads back as exactly this text, checked conservatively. */
  static boolean isPlainSafe(String text) {
    if (text.isEmpty() || !isFoldable(text) || INDICATORS.indexOf(text.charAt(0)) >= 0) {
      return false;
    }
    if (text.contains(": ") || text.contains(" #") || text.endsWith(":")) {
      return false;
    }
    return !RESERVED.contains(text.toLowerCase(Locale.ROOT)) && !NUMBER_LIKE.matcher(text).matches();
  }

  /**
   * Whether a folded block scalar reads back as exactly this text: one line of words separated by
   * single spaces, with nothing YAML treats as a line break or that a reader could not see.
   */
  static boolean isFoldable(String text) {
    if (text.isEmpty() || text.startsWith(" ") || text.endsWith(" ") || text.contains("  ")) {
      return false;
    }
    return text.codePoints().noneMatch(TextYamlEmitter::needsEscape);
  }

  private static boolean needsEscape(int c) {
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
        || (c >= 0xd800 && c <= 0xdfff) || c == 0xfffe || c == 0xffff;
  }

  /** A double-quoted scalar, with backslash escapes for quotes, backslashes and control characters. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (needsEscape(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('"').toString();
  }
}

package org.smtpreply.site.internal;

import java.util.Locale;

/**
 * Writes one inline SVG picture: a {@code role="img"} root that scales to its container (a
 * {@code viewBox}, width 100%), named by its {@code <title>} ({@code aria-labelledby}) and
 * described by the page's text alternative, such as a figcaption ({@code aria-describedby}). Every
 * text and attribute value is escaped. Colours are left to the page's stylesheet ({@code
 * currentColor} and CSS classes), so the picture follows light and dark mode.
 */
public final class Svg {
  private final StringBuilder out = new StringBuilder();
  private int depth;

  /**
   * A picture {@code width} by {@code height} user units, with the id {@code id}, titled {@code
   * title} (its element gets the id {@code id-title}) and described by the element {@code
   * describedBy}.
   */
  public Svg(String id, double width, double height, String title, String describedBy) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(escape(id))
        .append("\" class=\"figure\" viewBox=\"0 0 ").append(number(width)).append(' ').append(number(height))
        .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(escape(id)).append("-title\"")
        .append(" aria-describedby=\"").append(escape(describedBy)).append("\">\n");
    depth = 1;
    text("title", title, "id", id + "-title");
  }

  /** Opens element {@code name} with the attributes given as name, value pairs. */
  public Svg open(String name, String... attributes) {
    start(name, attributes);
    out.append(">\n");
    depth++;
    return this;
  }

  /** Closes the element {@code name} opened last. */
  public Svg close(String name) {
    if (depth <= 1) {
      throw new IllegalStateException("no element open to close: " + name);
    }
    depth--;
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** An element without content. */
  public Svg empty(String name, String... attributes) {
    start(name, attributes);
    out.append("/>\n");
    return this;
  }

  /** An element holding {@code text}, escaped. */
  public Svg text(String name, String text, String... attributes) {
    start(name, attributes);
    out.append('>').append(escape(text)).append("</").append(name).append(">\n");
    return this;
  }

  /** The finished picture. */
  public String end() {
    if (depth != 1) {
      throw new IllegalStateException("elements left open: " + (depth - 1));
    }
    return out + "</svg>";
  }

  private void start(String name, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs: " + attributes.length + " strings");
    }
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
    }
  }

  /** A coordinate as written in the picture: at most one decimal, no trailing zero. */
  public static String number(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
  }

  /** {@code text} escaped for an XML text node or a double-quoted attribute. */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}

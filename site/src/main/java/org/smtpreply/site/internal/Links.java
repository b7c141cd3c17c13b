package org.smtpreply.site.internal;

/**
 * Paths inside the site. Every link is relative to the page it is on, and names {@code
 * index.html} explicitly, so the site works from {@code file://} and under any base path.
 */
public final class Links {
  private Links() {}

  /** The prefix that leads from {@code page} (such as {@code es/550/index.html}) to the site root. */
  public static String root(String page) {
    int depth = 0;
    for (int i = 0; i < page.length(); i++) {
      if (page.charAt(i) == '/') {
        depth++;
      }
    }
    return "../".repeat(depth);
  }

  /** The link from {@code page} to {@code target}, both given from the site root. */
  public static String between(String page, String target) {
    return root(page) + target;
  }

  /** The home page of a locale. */
  public static String home(String tag) {
    return tag + "/index.html";
  }

  /** The page of the bounce reasons in {@code tag}, one section per reason (anchor: its id). */
  public static String reasons(String tag) {
    return tag + "/reasons/index.html";
  }

  /** The index of providers in {@code tag}. */
  public static String providers(String tag) {
    return tag + "/providers/index.html";
  }

  /** The page of provider {@code id} in {@code tag}, one section per reply (anchor: its id). */
  public static String provider(String tag, String id) {
    return tag + "/providers/" + id + "/index.html";
  }

  /** The page of a basic code in a locale. */
  public static String code(String tag, int code) {
    return tag + "/" + code + "/index.html";
  }

  /** The page of an enhanced code (concrete form, such as {@code 5.1.1}) in a locale. */
  public static String enhanced(String tag, String code) {
    return tag + "/enhanced/" + code + "/index.html";
  }

  /** The page of a reply class ({@code 5xx}) in a locale. */
  public static String replyClass(String tag, String key) {
    return tag + "/class/" + key + "/index.html";
  }

  /** The list of enhanced status codes by subject in a locale. */
  public static String enhancedIndex(String tag) {
    return tag + "/enhanced/index.html";
  }

  /** The reply decoder of a locale. */
  public static String decoder(String tag) {
    return tag + "/decode/index.html";
  }

  /** The search page of a locale. */
  public static String search(String tag) {
    return tag + "/search/index.html";
  }

  /** The downloads page of a locale. */
  public static String downloads(String tag) {
    return tag + "/downloads/index.html";
  }

  /** The translation status page of a locale. */
  public static String translations(String tag) {
    return tag + "/translations/index.html";
  }

  /** The page of the replies a documented codebase emits, in a locale. */
  public static String usages(String tag) {
    return tag + "/usages/index.html";
  }

  /** The "page not found" page of a locale. */
  public static String notFound(String tag) {
    return tag + "/404.html";
  }

  /** The offline search index of a locale, a script that defines its data. */
  public static String searchIndex(String tag) {
    return "assets/search-" + tag + ".js";
  }

  /** The address a search engine should index: the folder, without {@code index.html}. */
  public static String pretty(String page) {
    return page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
  }
}

package org.smtpreply.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.smtpreply.site.browser.BrowserSite.Origin;

/**
 * The home page and the guides' pictures as a reader sees them on a desktop (1280x900) and a phone
 * (390x844), light and dark: the home's first heading without scrolling, the common bounces with
 * their verdicts, the pictures drawn within the page. Screenshots go to {@code
 * site/target/screenshots/} as {@code <lang>-<page>-<size>-<scheme>.png}.
 */
class HomeAndGuidesTest extends BrowserTest {

  /** A screen a reader holds. */
  enum Screen {
    DESKTOP(1280, 900, false), PHONE(390, 844, true);

    final int width;
    final int height;
    final boolean mobile;

    Screen(int width, int height, boolean mobile) {
      this.width = width;
      this.height = height;
      this.mobile = mobile;
    }
  }

  static Stream<Arguments> screens() {
    List<Arguments> all = new ArrayList<>();
    for (String lang : List.of("en", "es")) {
      for (Screen screen : Screen.values()) {
        for (String scheme : List.of("light", "dark")) {
          all.add(Arguments.of(lang, screen, scheme));
        }
      }
    }
    return all.stream();
  }

  /** Opens the browser site's {@code page} on {@code screen} in colour {@code scheme}. */
  static void open(Screen screen, String scheme, String page) {
    open(screen, scheme, BrowserSite.get().url(Origin.HTTP, page));
  }

  /** Opens {@code url} on {@code screen} in colour {@code scheme}. */
  static void open(Screen screen, String scheme, URI url) {
    chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width,
        "height", screen.height, "deviceScaleFactor", 1, "mobile", screen.mobile));
    Browser.colorScheme(chrome, scheme);
    chrome.get(url.toString());
  }

  @AfterEach
  void normalScreen() {
    chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  static double number(String script, Object... arguments) {
    return ((Number) chrome.executeScript(script, arguments)).doubleValue();
  }

  static void fitsTheWidth(String where) {
    // Right after a page opens under mobile emulation, Chrome may not have laid it out at the
    // emulated width yet: give it up to two seconds to settle, then judge the page as it stands.
    long until = System.nanoTime() + 2_000_000_000L;
    while (number("return document.documentElement.scrollWidth;") > number("return window.innerWidth;")
        && System.nanoTime() < until) {
      Thread.onSpinWait();
    }
    double scroll = number("return document.documentElement.scrollWidth;");
    double inner = number("return window.innerWidth;");
    assertTrue(scroll <= inner, where + ": no sideways scrolling (page " + scroll + " px wide in a " + inner + " px window)");
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("screens")
  void homeShowsItsHeadingWithoutScrollingAndTheCommonBouncesFirst(String lang, Screen screen, String scheme)
      throws IOException {
    open(screen, scheme, lang + "/");
    String where = lang + " home, " + screen + " " + scheme;
    WebElement h1 = chrome.findElement(By.cssSelector("main h1"));
    double bottom = number("return arguments[0].getBoundingClientRect().bottom;", h1);
    assertTrue(bottom > 0 && bottom <= screen.height, where + ": the first heading ends at " + bottom + " px");
    fitsTheWidth(where);
    WebElement first = chrome.findElement(By.cssSelector("main h2"));
    assertEquals("h-common", first.getAttribute("id"), where);
    WebElement row = chrome.findElement(By.cssSelector("#common li"));
    assertTrue(row.getText().startsWith("550 5.1.1"), row.getText());
    assertTrue(row.findElement(By.cssSelector(".verdict")).isDisplayed(), where + ": the verdict shows");
    Browser.screenshot(chrome, Browser.screenshots().resolve(
        lang + "-home-" + screen.name().toLowerCase() + "-" + scheme + ".png"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("screens")
  void guidesDrawTheirPicturesWithinThePage(String lang, Screen screen, String scheme) throws IOException {
    for (String[] guide : new String[][] {{"bounces", "retry-timeline"}, {"reading", "reply-anatomy"}}) {
      open(screen, scheme, lang + "/guides/" + guide[0] + "/");
      String where = lang + " " + guide[0] + ", " + screen + " " + scheme;
      WebElement svg = chrome.findElement(By.id(guide[1]));
      double width = number("return arguments[0].getBoundingClientRect().width;", svg);
      assertTrue(width > 300 && width <= screen.width, where + ": the picture is " + width + " px wide");
      fitsTheWidth(where);
      assertFalse(chrome.findElement(By.id(guide[1] + "-caption")).getText().isBlank(), where);
      // The labels take the page's text colour (currentColor), which the colour scheme sets.
      String fill = (String) chrome.executeScript(
          "return getComputedStyle(arguments[0].querySelector('text.label')).fill;", svg);
      String background = (String) chrome.executeScript("return getComputedStyle(document.body).backgroundColor;");
      assertNotEquals(background, fill, where + ": labels stand out from the background");
      chrome.executeScript("arguments[0].scrollIntoView();", svg);
      Browser.screenshot(chrome, Browser.screenshots().resolve(
          lang + "-guide-" + guide[0] + "-" + screen.name().toLowerCase() + "-" + scheme + ".png"));
    }
  }
}

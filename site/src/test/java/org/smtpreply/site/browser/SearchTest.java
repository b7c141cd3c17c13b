package org.smtpreply.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.i18n.UiMessages;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smtpreply.site.browser.BrowserSite.Origin;

/**
 * The search box: {@code /} focuses it, the right page comes first, arrows and Enter open it. The
 * search page: a field of its own, filled from {@code ?q=}, results with their bounce badge and a
 * one-line summary, the exact code first, then title matches, then text matches.
 */
class SearchTest extends BrowserTest {
  private static final Catalog CATALOG = Catalog.builtIn();

  static Stream<Arguments> queries() {
    List<Arguments> cases = List.of(
        Arguments.of("en", "550", "en/550/"),
        Arguments.of("es", "550", "es/550/"),
        Arguments.of("en", "5.1.1", "en/enhanced/5.1.1/"),
        Arguments.of("es", "5.1.1", "es/enhanced/5.1.1/"),
        // Accent-insensitive: buzon finds the Spanish titles with buzón. Among equal title matches
        // the code the providers' replies carry most leads: 550, not 450 by catalog order.
        Arguments.of("es", "buzon", "es/550/"),
        Arguments.of("en", "mailbox", "en/550/"),
        // Providers' own codes and tokens lead to the reply on its provider's page.
        Arguments.of("en", "5.7.708", "en/providers/microsoft-365/"),
        Arguments.of("es", "TSS04", "es/providers/yahoo/"));
    return Stream.of(Origin.values())
        .flatMap(origin -> cases.stream().map(c -> Arguments.of(origin, c.get()[0], c.get()[1], c.get()[2])));
  }

  @ParameterizedTest(name = "{0} {1}: {2} opens {3}")
  @MethodSource("queries")
  void theRightPageComesFirstAndTheKeyboardOpensIt(Origin origin, String lang, String query, String expected) {
    BrowserSite site = BrowserSite.get();
    // Start from a page that is not the expected one, so that opening it is visible.
    chrome.get(site.url(origin, lang + "/decode/").toString());
    chrome.findElement(By.tagName("body")).sendKeys("/");
    WebElement box = chrome.switchTo().activeElement();
    assertEquals("q", box.getDomAttribute("id"), "/ focuses the search box");

    box.sendKeys(query);
    List<WebElement> results = waitForAll("#q-results li");
    String first = results.get(0).getText();
    if (!query.matches("[a-z]+")) {
      assertTrue(first.startsWith(query + " "), "first result for " + query + ": " + first);
    }
    assertEquals("true", results.get(0).getDomAttribute("aria-selected"), "the first result is chosen");

    // Down then up comes back to the first result, however many there are (one wraps round).
    int count = results.size();
    box.sendKeys(Keys.ARROW_DOWN);
    assertEquals("true", results(1 % count).getDomAttribute("aria-selected"), "ArrowDown moves to the next result");
    assertEquals("q-opt-" + (1 % count), box.getDomAttribute("aria-activedescendant"));
    box.sendKeys(Keys.ARROW_UP);
    assertEquals("true", results(0).getDomAttribute("aria-selected"), "ArrowUp moves back to the first");
    assertEquals("q-opt-0", box.getDomAttribute("aria-activedescendant"));
    box.sendKeys(Keys.ENTER);
    new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> site.page(d.getCurrentUrl()).equals(expected));
    assertEquals(expected, site.page(chrome.getCurrentUrl()));
  }

  static Stream<Arguments> origins() {
    return Stream.of(Origin.values()).flatMap(o -> Stream.of("en", "es").map(lang -> Arguments.of(o, lang)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("origins")
  void theSearchPageHasItsOwnFieldAndShowsBadgesAndSummaries(Origin origin, String lang) {
    BrowserSite site = BrowserSite.get();
    chrome.get(site.url(origin, lang + "/search/") + "?q=5.1.1");
    assertEquals("5.1.1", chrome.findElement(By.id("search-q")).getDomProperty("value"), "filled from ?q=");
    assertEquals("", chrome.findElement(By.id("q")).getDomProperty("value"), "the header's field is not needed");
    WebElement first = waitForAll("#search-page-results li").get(0);
    var enhanced = CATALOG.text(CATALOG.enhanced("5.1.1").orElseThrow(), lang).value();
    assertTrue(first.getText().startsWith("5.1.1 " + enhanced.title()), first.getText());
    assertEquals(ui(lang).get("bounce.hard"), first.findElement(By.cssSelector(".badge.hard")).getText());
    String summary = first.findElement(By.cssSelector(".summary")).getText();
    assertTrue(enhanced.summary().startsWith(summary) && summary.endsWith("."), "the first sentence: " + summary);
    double height = ((Number) chrome.executeScript(
        "return arguments[0].getBoundingClientRect().height;", first.findElement(By.cssSelector(".summary")))).doubleValue();
    assertTrue(height < 40, "one line: " + height + " px");

    // The page's own field searches as the reader types; title matches come before text matches.
    WebElement field = chrome.findElement(By.id("search-q"));
    field.clear();
    String word = lang.equals("es") ? "buzon" : "mailbox";
    field.sendKeys(word);
    new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> d.findElement(
        By.cssSelector("#search-page-results li")).getText().startsWith("550 "));
    List<String> titles = chrome.findElements(By.cssSelector("#search-page-results li > a")).stream()
        .map(a -> a.getText().toLowerCase(Locale.ROOT).replace('ó', 'o')).toList();
    int lastInTitle = -1;
    int firstNot = titles.size();
    for (int i = 0; i < titles.size(); i++) {
      if (titles.get(i).contains(word)) {
        lastInTitle = i;
      } else {
        firstNot = Math.min(firstNot, i);
      }
    }
    assertTrue(lastInTitle < firstNot, "title matches first: " + titles);
    assertTrue(firstNot < titles.size(), "then text matches: " + titles);
    assertTrue(titles.indexOf(titles.stream().filter(t -> t.startsWith("550 ")).findFirst().orElseThrow())
        < titles.indexOf(titles.stream().filter(t -> t.startsWith("450 ")).findFirst().orElseThrow()), "550 before 450");
    if (origin == Origin.HTTP) {
      assertTrue(chrome.getCurrentUrl().endsWith("?q=" + word), "the address keeps the query: " + chrome.getCurrentUrl());
    }
  }

  /** On a 390x844 phone the page's field and results fit the width; screenshots, light and dark. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("origins")
  void theSearchPageFitsAPhone(Origin origin, String lang) throws IOException {
    try {
      for (String scheme : List.of("light", "dark")) {
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        Browser.colorScheme(chrome, scheme);
        chrome.get(BrowserSite.get().url(origin, lang + "/search/") + "?q=" + (lang.equals("es") ? "buzon" : "mailbox"));
        waitForAll("#search-page-results li .summary");
        assertTrue(((Number) chrome.executeScript("return document.documentElement.scrollWidth;")).intValue() <= 390,
            "no sideways scrolling");
        assertTrue(chrome.findElement(By.id("search-q")).isDisplayed());
        if (origin == Origin.HTTP) {
          Browser.screenshot(chrome, Browser.screenshots().resolve(lang + "-search-phone-" + scheme + ".png"));
        }
      }
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      Browser.colorScheme(chrome, "light");
    }
  }

  private static UiMessages ui(String lang) {
    return UiMessages.load(CATALOG.locales(), CATALOG.locales().find(lang).orElseThrow());
  }

  private static WebElement results(int index) {
    return chrome.findElements(By.cssSelector("#q-results li")).get(index);
  }
}

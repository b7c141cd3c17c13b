package org.smtpreply.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smtpreply.site.browser.BrowserSite.Origin;

/** The search box: {@code /} focuses it, the right page comes first, arrows and Enter open it. */
class SearchTest extends BrowserTest {
  static Stream<Arguments> queries() {
    List<Arguments> cases = List.of(
        Arguments.of("en", "550", "en/550/"),
        Arguments.of("es", "550", "es/550/"),
        Arguments.of("en", "5.1.1", "en/enhanced/5.1.1/"),
        Arguments.of("es", "5.1.1", "es/enhanced/5.1.1/"),
        // Accent-insensitive: buzon finds the Spanish titles with buzón; 450 leads them in code order.
        Arguments.of("es", "buzon", "es/450/"),
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
    assertTrue(query.equals("buzon") ? first.contains("Buzón") : first.startsWith(query + " "),
        "first result for " + query + ": " + first);
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

  private static WebElement results(int index) {
    return chrome.findElements(By.cssSelector("#q-results li")).get(index);
  }
}

package org.smtpreply.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.smtpreply.site.browser.BrowserSite.Origin;

/**
 * axe-core finds no violation on the pages a reader sees most, in both languages and both colour
 * schemes; each is kept as a full-page screenshot in {@code site/target/screenshots/}.
 */
class AccessibilityTest extends BrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static String axe;

  @BeforeAll
  static void readAxe() throws IOException {
    axe = Files.readString(Browser.tools().resolve("node_modules/axe-core/axe.min.js"), StandardCharsets.UTF_8);
  }

  /** The pages: a name for the screenshot, the page, and what a reader does there first. */
  static Stream<Arguments> pages() {
    List<Arguments> all = new ArrayList<>();
    for (String lang : List.of("en", "es")) {
      for (String scheme : List.of("light", "dark")) {
        all.add(Arguments.of(lang, scheme, "home", lang + "/"));
        all.add(Arguments.of(lang, scheme, "code-550", lang + "/550/"));
        all.add(Arguments.of(lang, scheme, "enhanced-5.1.1", lang + "/enhanced/5.1.1/"));
        all.add(Arguments.of(lang, scheme, "decoder", lang + "/decode/"));
        // A shared link to a mail-log line: the answer titled by its recipient, opened from #reply=.
        all.add(Arguments.of(lang, scheme, "decoder-log", lang + "/decode/#reply="
            + URLEncoder.encode(BounceDecoderTest.GREYLISTED, StandardCharsets.UTF_8).replace("+", "%20")));
        all.add(Arguments.of(lang, scheme, "search", lang + "/search/"));
        all.add(Arguments.of(lang, scheme, "guide-bounces", lang + "/guides/bounces/"));
        all.add(Arguments.of(lang, scheme, "guide-reading", lang + "/guides/reading/"));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("pages")
  void noViolations(String lang, String scheme, String name, String page) throws IOException {
    Browser.colorScheme(chrome, scheme);
    String url = BrowserSite.get().url(Origin.HTTP, page).toString();
    if (name.equals("search")) {
      chrome.get(url + "?q=" + (lang.equals("es") ? "buzon" : "mailbox"));
      waitForAll("#search-page-results li");
    } else {
      chrome.get(url);
    }
    if (name.equals("decoder-log")) {
      waitForAll("#decoded .bounce-result .recipient");
    }
    if (name.equals("decoder")) {
      chrome.findElement(By.id("reply")).sendKeys(DecoderTest.GMAIL);
      chrome.findElement(By.cssSelector("#decoder button[type=submit]")).click();
      waitForAll("#decoded .card");
    }
    Browser.screenshot(chrome, Browser.screenshots().resolve(lang + "-" + name + "-" + scheme + ".png"));
    assertEquals(List.of(), violations(chrome), lang + " " + name + " (" + scheme + ")");
  }

  /** axe-core's violations on the page {@code chrome} shows, one line each; empty when there is none. */
  static List<String> violations(ChromeDriver chrome) throws IOException {
    if (axe == null) {
      readAxe();
    }
    chrome.executeScript(axe);
    Object result = chrome.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + ".then(function (r) { done(JSON.stringify(r.violations)); })"
            + ".catch(function (e) { done(JSON.stringify({error: String(e)})); });");
    return describe(JSON.readTree((String) result));
  }

  /** One line per violation and element: rule, impact, where, and axe's summary of the fix. */
  private static List<String> describe(JsonNode violations) {
    List<String> lines = new ArrayList<>();
    if (violations.has("error")) {
      lines.add("axe failed: " + violations.get("error").asText());
      return lines;
    }
    for (JsonNode v : violations) {
      for (JsonNode node : v.get("nodes")) {
        lines.add(v.get("id").asText() + " (" + v.get("impact").asText() + ") at " + node.get("target")
            + ": " + node.path("failureSummary").asText().replace('\n', ' '));
      }
    }
    return lines;
  }
}

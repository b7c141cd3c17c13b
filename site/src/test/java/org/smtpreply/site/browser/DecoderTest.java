package org.smtpreply.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.browser.BrowserSite.Origin;

/** The decoder explains a multi-line reply as Gmail writes it, and helps with text that is none. */
class DecoderTest extends BrowserTest {
  /** Gmail's answer for an unknown recipient, as it appears in a bounce. */
  static final String GMAIL = "550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
      + "550 5.1.1 double-checking the recipient's email address for typos or unnecessary spaces.";

  private static final Catalog CATALOG = Catalog.builtIn();
  static Stream<Arguments> pages() {
    return Stream.of(Origin.values()).flatMap(o -> Stream.of("en", "es").map(lang -> Arguments.of(o, lang)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void explainsATwoLineReply(Origin origin, String lang) {
    List<WebElement> cards = decode(origin, lang, GMAIL, ".card");
    assertEquals(3, cards.size(), "reply code, enhanced code and server text");
    String basicTitle = CATALOG.text(CATALOG.basic(550).orElseThrow(), lang).value().title();
    String enhancedTitle = CATALOG.text(CATALOG.enhanced("5.1.1").orElseThrow(), lang).value().title();
    assertTrue(cards.get(0).getText().contains("550 " + basicTitle), cards.get(0).getText());
    assertTrue(cards.get(1).getText().contains("5.1.1 " + enhancedTitle), cards.get(1).getText());
    assertTrue(cards.get(1).getText().contains(ui(lang).get("bounce.hard")), "a hard bounce");
    assertEquals("The email account that you tried to reach does not exist. Please try\n"
        + "double-checking the recipient's email address for typos or unnecessary spaces.",
        cards.get(2).findElement(By.tagName("pre")).getText(), "the text, without codes, line by line");
    assertTrue(chrome.findElements(By.cssSelector("#decoded > .notice")).isEmpty(), "no warning for a sound reply");

    cards.get(1).findElement(By.tagName("a")).click();
    assertEquals(lang + "/enhanced/5.1.1/", BrowserSite.get().page(chrome.getCurrentUrl()), "Read more opens 5.1.1");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void saysWhatAReplyLooksLikeForGarbage(Origin origin, String lang) {
    List<WebElement> notes = decode(origin, lang, "hello, this is not a reply at all", "p.notice");
    assertEquals(1, notes.size());
    assertEquals(ui(lang).get("decoder.nocode"), notes.get(0).getText());
    assertTrue(notes.get(0).getText().contains("550"), "names an example code");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void showsMarkupInAReplyAsTextNeverAsMarkup(Origin origin, String lang) {
    String hostile = "550 5.7.1 <img src=x onerror=\"document.title='owned'\"> & <script>document.title='owned'</script>";
    List<WebElement> cards = decode(origin, lang, hostile, ".card");
    WebElement text = cards.get(cards.size() - 1).findElement(By.tagName("pre"));
    assertEquals("<img src=x onerror=\"document.title='owned'\"> & <script>document.title='owned'</script>", text.getText());
    assertTrue(chrome.findElements(By.cssSelector("#decoded img, #decoded script")).isEmpty(), "no element from the reply");
    assertTrue(!"owned".equals(chrome.getTitle()), "no script ran");
  }

  private static List<WebElement> decode(Origin origin, String lang, String reply, String shown) {
    chrome.get(BrowserSite.get().url(origin, lang + "/decode/").toString());
    WebElement area = chrome.findElement(By.id("reply"));
    area.sendKeys(reply);
    chrome.findElement(By.cssSelector("#decoder button[type=submit]")).click();
    return waitForAll("#decoded " + shown);
  }

  private static UiMessages ui(String lang) {
    return UiMessages.load(CATALOG.locales(), CATALOG.locales().find(lang).orElseThrow());
  }
}

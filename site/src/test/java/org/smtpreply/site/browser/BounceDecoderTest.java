package org.smtpreply.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.fixtures.Corpus;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.browser.BrowserSite.Origin;
import org.smtpreply.site.pages.BounceDataRenderer;

/**
 * The decoder reads a whole bounce email and a mail-log line pasted into it, in the page's
 * language: for each failed recipient the verdict box of the code pages (the message: retried or
 * not; the address: suppress or keep, with the reason), the provider's page when one matched, and
 * the codes with the sender's, administrator's and retry advice, as {@code explain} gives them.
 */
class BounceDecoderTest extends BrowserTest {
  private static final Catalog CATALOG = Catalog.builtIn();

  /** Postfix's greylisting deferral: the message will be retried, the address kept. */
  static final String GREYLISTED = "Nov 30 10:01:15 mail postfix/smtp[1235]: 5A3B42D1B3: to=<carol@example.org>, "
      + "relay=mx.example.org[192.0.2.8]:25, delay=0.9, delays=0.05/0.01/0.5/0.34, dsn=4.2.0, status=deferred "
      + "(host mx.example.org[192.0.2.8] said: 450 4.2.0 <carol@example.org>: Recipient address rejected: Greylisted, "
      + "see http://postgrey.schweikert.ch/help/example.org.html (in reply to RCPT TO command))";

  static Stream<Arguments> pages() {
    return Stream.of(Origin.values()).flatMap(o -> Stream.of("en", "es").map(lang -> Arguments.of(o, lang)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void readsABounceEmail(Origin origin, String lang) throws IOException {
    WebElement result = decodeOne(origin, lang, corpus("postfix-user-unknown.eml"));
    UiMessages ui = ui(lang);
    assertTrue(result.getText().contains("bob@example.net"), result.getText());
    assertEquals("verdict", result.findElement(By.cssSelector(".verdict")).getDomAttribute("id"), "the verdict box");
    assertEquals(title("mailbox-unknown", lang), result.findElement(By.cssSelector(".reason-title")).getText());
    assertTrue(verdict(result, "message").contains(ui.get("verdict.message.stop")), "not retried");
    assertTrue(verdict(result, "address").contains(ui.get("verdict.address.suppress")), "the address is dead");
    String advice = result.findElement(By.cssSelector(".card.enhanced dl.advice")).getText();
    assertTrue(advice.contains(CATALOG.text(CATALOG.enhanced("5.1.1").orElseThrow(), lang).value().admin()), advice);
    assertTrue(result.getText().contains("mx.example.net"), "the remote server");
    assertEquals(lang + "/550/", BrowserSite.get().page(result.findElement(By.linkText("550")).getAttribute("href")));
    assertEquals(lang + "/enhanced/5.1.1/",
        BrowserSite.get().page(result.findElement(By.linkText("5.1.1")).getAttribute("href")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void readsAMailLogLine(Origin origin, String lang) {
    WebElement result = decodeOne(origin, lang, GREYLISTED);
    UiMessages ui = ui(lang);
    assertTrue(result.getText().contains("carol@example.org"), result.getText());
    assertEquals(title("greylisted", lang), result.findElement(By.cssSelector(".reason-title")).getText());
    assertTrue(verdict(result, "message").contains(ui.get("verdict.message.retry")), "retried");
    assertTrue(verdict(result, "address").contains(ui.get("verdict.address.keep")), "the address is kept");
    String advice = result.findElement(By.cssSelector("dl.advice")).getText();
    assertTrue(advice.contains(ui.get("code.sender")) && advice.contains(ui.get("code.admin"))
        && advice.contains(ui.get("code.retry")), advice);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void namesTheProviderOfAnEncodedNdr(Origin origin, String lang) throws IOException {
    WebElement result = decodeOne(origin, lang, corpus("m365-5.7.708.eml"));
    assertEquals(title("blocked", lang), result.findElement(By.cssSelector(".reason-title")).getText());
    assertTrue(verdict(result, "address").contains(ui(lang).get("verdict.address.keep")), "a block keeps the address");
    WebElement provider = result.findElement(By.cssSelector("a.provider"));
    assertEquals(lang + "/providers/microsoft-365/", BrowserSite.get().page(provider.getAttribute("href")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void saysWhatAMessageWithoutFailureIs(Origin origin, String lang) throws IOException {
    open(origin, lang, corpus("out-of-office.eml"));
    List<WebElement> shown = waitForAll("#decoded .no-failure");
    assertTrue(shown.get(0).getText().contains(words(lang).get("noFailure.auto-reply")), shown.get(0).getText());
    assertTrue(chrome.findElements(By.cssSelector("#decoded .bounce-result")).isEmpty(), "no failed recipient");
  }

  /** Pastes {@code text} into the decoder (as a paste does: all at once) and decodes it. */
  private static void open(Origin origin, String lang, String text) {
    chrome.get(BrowserSite.get().url(origin, lang + "/decode/").toString());
    WebElement area = chrome.findElement(By.id("reply"));
    chrome.executeScript("arguments[0].value = arguments[1];", area, text);
    chrome.findElement(By.cssSelector("#decoder button[type=submit]")).click();
  }

  private static WebElement decodeOne(Origin origin, String lang, String text) {
    open(origin, lang, text);
    List<WebElement> results = waitForAll("#decoded .bounce-result");
    assertEquals(1, results.size(), "one failed recipient");
    return results.get(0);
  }

  private static String verdict(WebElement result, String which) {
    return result.findElement(By.cssSelector(".verdict-" + which)).getText();
  }

  private static String corpus(String file) throws IOException {
    return Files.readString(Corpus.folder("bounces").resolve(file), StandardCharsets.UTF_8);
  }

  private static String title(String reason, String lang) {
    return CATALOG.text(CATALOG.reason(reason).orElseThrow(), lang).value().title();
  }

  private static Map<String, String> words(String lang) {
    return BounceDataRenderer.bounceWords(ui(lang));
  }

  private static UiMessages ui(String lang) {
    return UiMessages.load(CATALOG.locales(), CATALOG.locales().find(lang).orElseThrow());
  }
}

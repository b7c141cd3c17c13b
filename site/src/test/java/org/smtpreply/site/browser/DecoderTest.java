package org.smtpreply.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.browser.BrowserSite.Origin;

/**
 * The decoder answers a reply as {@code explain} does: the verdict box first, then the most
 * specific answer (the provider's documented reply, the enhanced code, the reason) before the
 * basic code, with the sender's, administrator's and retry advice; a link with {@code #reply=}
 * decodes on opening, from a server and from {@code file://}, with the verdict on a phone's screen.
 */
class DecoderTest extends BrowserTest {
  /** Gmail's answer for an unknown recipient, as it appears in a bounce. */
  static final String GMAIL = "550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
      + "550 5.1.1 double-checking the recipient's email address for typos or unnecessary spaces.";
  /** Microsoft 365's refusal of a low-reputation IP address: a provider's own enhanced code. */
  static final String M365 = "550 5.7.708 Access denied, traffic not accepted from this IP";

  private static final Catalog CATALOG = Catalog.builtIn();

  static Stream<Arguments> pages() {
    return Stream.of(Origin.values()).flatMap(o -> Stream.of("en", "es").map(lang -> Arguments.of(o, lang)));
  }

  @AfterEach
  void normalScreen() {
    chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    Browser.colorScheme(chrome, "light");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void explainsATwoLineReplyMostSpecificFirst(Origin origin, String lang) {
    decode(origin, lang, GMAIL);
    UiMessages ui = ui(lang);
    WebElement verdict = chrome.findElement(By.cssSelector("#decoded > .bounce-result > :first-child"));
    assertEquals("verdict", verdict.getDomAttribute("id"), "the verdict box heads the answer");
    assertTrue(verdict.getText().contains(ui.get("bounce.hard")), verdict.getText());
    assertTrue(verdict.getText().contains(ui.get("verdict.message.stop")), verdict.getText());
    assertTrue(verdict.getText().contains(ui.get("verdict.address.suppress") + ": " + reason("mailbox-unknown", lang)),
        verdict.getText());
    assertTrue(verdict.getText().contains(ui.get("verdict.acts.sender")), verdict.getText());
    assertEquals(List.of("enhanced", "reason", "basic", "server"), cards(), "5.1.1 and its reason before 550");

    EntryText enhanced = CATALOG.text(CATALOG.enhanced("5.1.1").orElseThrow(), lang).value();
    WebElement card = chrome.findElement(By.cssSelector("#decoded .card.enhanced"));
    assertTrue(card.getText().contains("5.1.1 " + enhanced.title()), card.getText());
    assertTrue(card.getText().contains(enhanced.permanentForm().orElseThrow()), "what 5.x.1.1 means");
    String advice = card.findElement(By.cssSelector("dl.advice")).getText();
    for (String text : List.of(enhanced.sender(), enhanced.admin(), enhanced.retry())) {
      assertTrue(advice.contains(text), "sender, admin and retry advice of 5.1.1: " + advice);
    }
    String basicTitle = CATALOG.text(CATALOG.basic(550).orElseThrow(), lang).value().title();
    assertTrue(chrome.findElement(By.cssSelector("#decoded .card.basic")).getText().contains("550 " + basicTitle));
    assertEquals("The email account that you tried to reach does not exist. Please try\n"
        + "double-checking the recipient's email address for typos or unnecessary spaces.",
        chrome.findElement(By.cssSelector("#decoded .card.server pre")).getText(), "the text, without codes, line by line");
    assertTrue(chrome.findElements(By.cssSelector("#decoded > .notice")).isEmpty(), "no warning for a sound reply");

    card.findElement(By.linkText("5.1.1")).click();
    assertEquals(lang + "/enhanced/5.1.1/", BrowserSite.get().page(chrome.getCurrentUrl()), "the code opens its page");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void leadsWithTheProvidersOwnReply(Origin origin, String lang) {
    decode(origin, lang, M365);
    assertEquals(List.of("provider-reply", "enhanced", "reason", "basic", "server"), cards());
    WebElement provider = chrome.findElement(By.cssSelector("#decoded .card.provider-reply"));
    var reply = CATALOG.providers().stream().flatMap(p -> p.replies().stream())
        .filter(r -> r.enhanced().filter("5.7.708"::equals).isPresent()).findFirst().orElseThrow();
    var text = CATALOG.text(reply, lang).value();
    assertTrue(provider.getText().contains(text.title()), provider.getText());
    assertTrue(provider.getText().contains(text.action()), "what to do, from the provider's entry");
    assertEquals(lang + "/providers/microsoft-365/",
        BrowserSite.get().page(provider.findElement(By.cssSelector("a.provider")).getAttribute("href")));
    String verdict = chrome.findElement(By.id("verdict")).getText();
    assertTrue(verdict.contains(ui(lang).get("verdict.address.keep") + ": " + reason("blocked", lang)), verdict);
    assertTrue(chrome.findElement(By.cssSelector("#decoded .card.enhanced")).getText()
        .contains(ui(lang).get("decoder.unknown.enhanced")), "5.7.708 is not in the registry");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void aTemporaryReplyIsASoftBounceThatIsRetried(Origin origin, String lang) {
    decode(origin, lang, "451 4.7.1 Greylisted, please try again in 300 seconds");
    UiMessages ui = ui(lang);
    String verdict = chrome.findElement(By.id("verdict")).getText();
    assertTrue(verdict.contains(ui.get("bounce.soft")), verdict);
    assertTrue(verdict.contains(ui.get("verdict.message.retry")), verdict);
    assertTrue(verdict.contains(reason("greylisted", lang)), verdict);
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
    decode(origin, lang, hostile);
    WebElement text = chrome.findElement(By.cssSelector("#decoded .card.server pre"));
    assertEquals("<img src=x onerror=\"document.title='owned'\"> & <script>document.title='owned'</script>", text.getText());
    assertTrue(chrome.findElements(By.cssSelector("#decoded img, #decoded script")).isEmpty(), "no element from the reply");
    assertFalse("owned".equals(chrome.getTitle()), "no script ran");
  }

  /** Opening a shared link on a 390x844 phone decodes its text and shows the verdict on the screen. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void aSharedLinkDecodesOnOpeningWithTheVerdictOnAPhonesScreen(Origin origin, String lang) throws IOException {
    for (String scheme : List.of("light", "dark")) {
      chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
      Browser.colorScheme(chrome, scheme);
      chrome.get("about:blank");
      chrome.get(BrowserSite.get().url(origin, lang + "/decode/") + "#reply="
          + URLEncoder.encode(GMAIL, StandardCharsets.UTF_8).replace("+", "%20"));
      WebElement verdict = waitForAll("#verdict").get(0);
      assertEquals(GMAIL, chrome.findElement(By.id("reply")).getDomProperty("value"), "the text is in the box");
      new WebDriverWait(chrome, Duration.ofSeconds(5)).withMessage(() -> "the verdict's top is at "
          + number("return arguments[0].getBoundingClientRect().top;", verdict) + " px, the screen "
          + number("return window.innerHeight;") + " px high").until(d -> onScreen(verdict));
      assertTrue(verdict.getText().contains(reason("mailbox-unknown", lang)), verdict.getText());
      assertTrue(number("return document.documentElement.scrollWidth;") <= 390, "no sideways scrolling");
      if (origin == Origin.HTTP) {
        Browser.screenshot(chrome, Browser.screenshots().resolve(lang + "-decoder-shared-phone-" + scheme + ".png"));
      }
    }
  }

  /** "Copy link" puts the text in the fragment, without loading the page again, and the link works. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void copyLinkMakesALinkThatDecodesTheSameText(Origin origin, String lang) {
    decode(origin, lang, M365);
    chrome.executeScript("window.notReloaded = true;");
    chrome.findElement(By.id("decoder-share")).click();
    String expected = "#reply=" + URLEncoder.encode(M365, StandardCharsets.UTF_8).replace("+", "%20");
    String url = chrome.getCurrentUrl();
    assertTrue(url.endsWith(expected), url);
    assertEquals(Boolean.TRUE, chrome.executeScript("return window.notReloaded;"), "no page load, no request");
    WebElement link = chrome.findElement(By.id("decoder-link"));
    assertTrue(link.isDisplayed(), "the link is shown to copy by hand");
    assertEquals(url, link.getDomProperty("value"));
    assertFalse(chrome.findElement(By.id("decoder-status")).getText().isBlank(), "says what happened");

    chrome.get("about:blank");
    chrome.get(url);
    waitForAll("#verdict");
    assertEquals(M365, chrome.findElement(By.id("reply")).getDomProperty("value"));
    assertFalse(chrome.findElements(By.cssSelector("#decoded .card.provider-reply")).isEmpty(), "decoded again");
  }

  private static boolean onScreen(WebElement element) {
    double top = number("return arguments[0].getBoundingClientRect().top;", element);
    return top > -1 && top < number("return window.innerHeight;") - 100;
  }

  private static double number(String script, Object... arguments) {
    return ((Number) chrome.executeScript(script, arguments)).doubleValue();
  }

  /** The kinds of card in the answer, in document order. */
  private static List<String> cards() {
    return chrome.findElements(By.cssSelector("#decoded .card")).stream()
        .map(c -> c.getDomAttribute("class").replace("card", "").strip()).toList();
  }

  /** Types {@code reply} into the decoder and decodes it; the answer's elements matching {@code shown}. */
  private static List<WebElement> decode(Origin origin, String lang, String reply, String shown) {
    chrome.get(BrowserSite.get().url(origin, lang + "/decode/").toString());
    WebElement area = chrome.findElement(By.id("reply"));
    area.sendKeys(reply);
    chrome.findElement(By.cssSelector("#decoder button[type=submit]")).click();
    return waitForAll("#decoded " + shown);
  }

  private static void decode(Origin origin, String lang, String reply) {
    decode(origin, lang, reply, ".card.server");
  }

  private static String reason(String id, String lang) {
    return CATALOG.text(CATALOG.reason(id).orElseThrow(), lang).value().title();
  }

  private static UiMessages ui(String lang) {
    return UiMessages.load(CATALOG.locales(), CATALOG.locales().find(lang).orElseThrow());
  }
}

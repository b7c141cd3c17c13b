package org.smtpreply.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smtpreply.site.browser.HomeAndGuidesTest.fitsTheWidth;
import static org.smtpreply.site.browser.HomeAndGuidesTest.number;
import static org.smtpreply.site.browser.HomeAndGuidesTest.open;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.site.SiteGenerator;
import org.smtpreply.site.SiteOptions;
import org.smtpreply.site.browser.BrowserSite.Origin;
import org.smtpreply.site.browser.HomeAndGuidesTest.Screen;
import org.smtpreply.site.serve.DevServer;

/**
 * Issue 14, items 3 and 8, as a reader meets them on a desktop and a 390x844 phone, light and
 * dark: the 404 page styled at a deep missing address, the codebase's replies page without
 * sideways scrolling, and section anchors and contents that lead where they say. Screenshots go
 * to {@code site/target/screenshots/} as {@code <lang>-<page>-<size>-<scheme>.png}.
 */
class NotFoundRepliesAndAnchorsTest extends BrowserTest {
  /** A codebase's usage index, with the long names and texts real code has. */
  private static final String USAGES = """
      {"format": 1, "usages": [
       {"element": "com.example.mail.delivery.internal.RecipientMailboxUnavailableException", "kind": "class",
        "code": 550, "enhanced": "5.1.1", "text": "Requested action not taken: mailbox unavailable (no such user here, check the address)"},
       {"element": "com.example.mail.delivery.QuotaPolicy#MAILBOX_OVER_QUOTA_FOR_THIS_RECIPIENT", "kind": "enum_constant",
        "code": 452, "enhanced": "4.2.2", "text": "Mailbox full; try again later"},
       {"element": "com.example.mail.smtp.GreylistingHandler.deferUnknownTriplet(SmtpSession,Envelope)", "kind": "method",
        "code": 451, "enhanced": "4.7.1", "text": "Greylisted, please retry in 5 minutes"},
       {"element": "com.example.mail.smtp.Replies.SERVICE_READY", "kind": "field",
        "code": 220, "enhanced": "", "text": "mail.example.com ESMTP ready"}
      ]}
      """;

  private static DevServer withUsages;

  /**
   * A site generated with the usage index above and served on 127.0.0.1, with the address it is
   * served at as its base URL (as {@link BrowserSite}); once per run.
   */
  static synchronized URI repliesSite() throws IOException {
    if (withUsages == null) {
      int port;
      try (ServerSocket probe = new ServerSocket(0)) {
        port = probe.getLocalPort();
      }
      Path dir = Files.createTempDirectory("smtp-reply-browser-usages");
      Path index = Files.writeString(dir.resolve("usages.json"), USAGES, StandardCharsets.UTF_8);
      Path root = dir.resolve("site");
      new SiteGenerator(Catalog.builtIn()).generate(
          new SiteOptions(root, List.of(), Optional.of("http://127.0.0.1:" + port + "/")).withUsages(index));
      withUsages = DevServer.staticSite(root);
      withUsages.start(port, List.of());
    }
    return withUsages.address();
  }

  @AfterEach
  void normalScreen() {
    chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("org.smtpreply.site.browser.HomeAndGuidesTest#screens")
  void theRepliesPageFitsThePhoneAndTheColumnWithEachRepliesTitleAndBadge(String lang, Screen screen, String scheme)
      throws IOException {
    open(screen, scheme, repliesSite().resolve(lang + "/usages/"));
    String where = lang + " replies, " + screen + " " + scheme;
    fitsTheWidth(where);
    double column = number("return document.querySelector('main').getBoundingClientRect().right;");
    List<WebElement> replies = chrome.findElements(By.cssSelector("ol.usages > li"));
    assertEquals(4, replies.size(), where);
    for (WebElement reply : replies) {
      assertTrue(reply.findElement(By.cssSelector("strong")).isDisplayed(), where + ": title of " + reply.getText());
      assertTrue(reply.findElement(By.cssSelector(".badge")).isDisplayed(), where + ": badge of " + reply.getText());
      assertTrue(number("return arguments[0].getBoundingClientRect().right;", reply) <= column + 0.5,
          where + ": within the column");
    }
    Browser.screenshot(chrome, Browser.screenshots().resolve(
        lang + "-replies-" + screen.name().toLowerCase() + "-" + scheme + ".png"));
    assertEquals(List.of(), AccessibilityTest.violations(chrome), where);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("org.smtpreply.site.browser.HomeAndGuidesTest#screens")
  void aDeepMissingAddressShowsTheStyled404Page(String lang, Screen screen, String scheme) throws IOException {
    open(screen, scheme, BrowserSite.get().url(Origin.HTTP, lang + "/no/such/page/here"));
    String where = lang + " 404, " + screen + " " + scheme;
    assertEquals(lang.equals("es") ? "Página no encontrada" : "Page not found",
        chrome.findElement(By.cssSelector("main h1")).getText(), where);
    // The stylesheet loaded: the body takes its column and its colours from site.css.
    assertEquals("832px", chrome.executeScript("return getComputedStyle(document.body).maxWidth;"), where);
    String background = (String) chrome.executeScript("return getComputedStyle(document.body).backgroundColor;");
    assertEquals(scheme.equals("dark") ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)", background, where);
    fitsTheWidth(where);
    Browser.screenshot(chrome, Browser.screenshots().resolve(
        lang + "-404-" + screen.name().toLowerCase() + "-" + scheme + ".png"));
    assertEquals(List.of(), AccessibilityTest.violations(chrome), where);
    // Its links lead where they say from there too.
    chrome.findElement(By.cssSelector("main ul.codes a")).click();
    assertTrue(chrome.getCurrentUrl().endsWith(lang + "/class/2xx/index.html"), where + ": " + chrome.getCurrentUrl());
  }

  @Test
  void aSectionsAnchorShowsOnFocusAndTheContentsLeadToTheSections() throws IOException {
    for (String lang : List.of("en", "es")) {
      chrome.get(BrowserSite.get().url(Origin.HTTP, lang + "/550/").toString());
      WebElement anchor = chrome.findElement(By.cssSelector("#retry > a"));
      // Hidden until hovered or focused, where a pointer can hover; always shown on a touch screen.
      boolean touch = (Boolean) chrome.executeScript("return matchMedia('(hover: none)').matches;");
      assertEquals(touch ? "1" : "0", chrome.executeScript("return getComputedStyle(arguments[0]).opacity;", anchor), lang);
      chrome.executeScript("arguments[0].focus();", anchor);
      assertEquals("1", chrome.executeScript("return getComputedStyle(arguments[0]).opacity;", anchor), lang);
      assertEquals("\"#\"", chrome.executeScript("return getComputedStyle(arguments[0], '::before').content;", anchor));
      anchor.click();
      assertTrue(chrome.getCurrentUrl().endsWith(lang + "/550/#retry"), chrome.getCurrentUrl());

      chrome.executeScript("window.scrollTo(0, 0);");
      WebElement toc = chrome.findElement(By.cssSelector("nav.toc"));
      assertTrue(toc.isDisplayed(), lang);
      toc.findElement(By.cssSelector("a[href='#references']")).click();
      double top = number("return document.getElementById('references').getBoundingClientRect().top;");
      assertTrue(top >= 0 && top < number("return window.innerHeight;"), lang + ": the section is in view at " + top);
      Browser.screenshot(chrome, Browser.screenshots().resolve(lang + "-code-550-contents-desktop-light.png"));

      // A code in the prose is a link to its page.
      chrome.get(BrowserSite.get().url(Origin.HTTP, lang + "/550/").toString());
      WebElement code = chrome.findElement(By.cssSelector("#causes + ul a"));
      String text = code.getText();
      code.click();
      assertTrue(chrome.getCurrentUrl().endsWith(lang + "/enhanced/" + text + "/index.html"), chrome.getCurrentUrl());
      assertFalse(chrome.findElement(By.cssSelector("h1")).getText().isBlank());
    }
  }
}

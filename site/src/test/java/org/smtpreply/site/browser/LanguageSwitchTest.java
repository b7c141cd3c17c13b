package org.smtpreply.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.smtpreply.site.browser.BrowserSite.Origin;

/** The language switcher keeps the page: English 550 to Spanish 550 and back, served and from disk. */
class LanguageSwitchTest extends BrowserTest {
  @ParameterizedTest
  @EnumSource(Origin.class)
  void switchingLanguageKeepsThePage(Origin origin) {
    BrowserSite site = BrowserSite.get();
    chrome.get(site.url(origin, "en/550/").toString());
    assertEquals("en", chrome.findElement(By.tagName("html")).getDomAttribute("lang"));

    chrome.findElement(By.cssSelector("nav.languages a[hreflang=es]")).click();
    assertEquals("es/550/", site.page(chrome.getCurrentUrl()));
    assertEquals("es", chrome.findElement(By.tagName("html")).getDomAttribute("lang"));
    assertEquals("550", chrome.findElement(By.cssSelector("h1 .code")).getText());

    chrome.findElement(By.cssSelector("nav.languages a[hreflang=en]")).click();
    assertEquals("en/550/", site.page(chrome.getCurrentUrl()));
    assertEquals("en", chrome.findElement(By.tagName("html")).getDomAttribute("lang"));
  }
}

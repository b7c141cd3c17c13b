package org.smtpreply.site.browser;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium per test class, started before its tests and quit after them. */
abstract class BrowserTest {
  /** The browser of the running test class. */
  static ChromeDriver chrome;

  @BeforeAll
  static void startBrowser() {
    chrome = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (chrome != null) {
      chrome.quit();
      chrome = null;
    }
  }

  /** The elements matching {@code css} once there is at least one; fails after 10 seconds. */
  static List<WebElement> waitForAll(String css) {
    return new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector(css));
      return found.isEmpty() ? null : found;
    });
  }
}

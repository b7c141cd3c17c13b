package org.smtpreply.site.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium, headless, through the chromedriver at a known path, so that Selenium
 * Manager never looks for (or downloads) a driver or a browser. Where either is missing the
 * tests fail and say how to install them; {@code -Dbrowser.skip=true} skips them explicitly.
 */
final class Browser {
  /** The flags every Chromium of these tests runs with, Lighthouse's included. */
  static final List<String> FLAGS = List.of(
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--no-first-run");

  /**
   * Selenium warns through java.util.logging when Chromium is newer than the DevTools versions it
   * bundles; the tests use only stable DevTools commands, so the warning is noise in the build log.
   * Kept in a field: the logging framework holds its loggers weakly.
   */
  private static final Logger SELENIUM_DEVTOOLS = quiet("org.openqa.selenium.devtools");

  private Browser() {}

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  /** Chromium's executable, checked. */
  static Path binary() {
    requireTools();
    return Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));
  }

  /** The folder where the build installed the npm tools (axe-core, Lighthouse), checked. */
  static Path tools() {
    requireTools();
    Path tools = Path.of(System.getProperty("browser.tools", "target/browser"));
    if (!Files.isDirectory(tools.resolve("node_modules/axe-core"))) {
      fail("axe-core and Lighthouse are not installed in " + tools + "/node_modules: run `mvn -B verify`"
          + " (its generate-test-resources phase runs `npm ci` there), or skip the browser tests with -Dbrowser.skip=true");
    }
    return tools;
  }

  /** Where screenshots are kept. */
  static Path screenshots() {
    try {
      return Files.createDirectories(Path.of(System.getProperty("browser.screenshots", "target/screenshots")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new headless Chromium with a fresh profile, 1280 by 900 CSS pixels. */
  static ChromeDriver start() {
    Path driver = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));
    Path binary = binary();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary.toFile());
    options.addArguments(FLAGS);
    Path profile = profile();
    options.addArguments("--window-size=1280,900", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver chrome = new ChromeDriver(service, options) {
      @Override
      public void quit() {
        try {
          super.quit();
        } finally {
          deleteTree(profile);
        }
      }
    };
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return chrome;
  }

  /** The whole page, not only the window, as Chromium renders it. */
  static void screenshot(ChromeDriver chrome, Path file) throws IOException {
    Map<String, Object> size = Map.of("width", 0, "height", 0);
    // Right after a navigation Chromium may report an empty layout for a moment; ask again.
    for (int i = 0; i < 50 && ((Number) size.get("width")).doubleValue() * ((Number) size.get("height")).doubleValue() == 0; i++) {
      if (i > 0) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
      }
      Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      @SuppressWarnings("unchecked")
      Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
      size = content;
    }
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
        "width", ((Number) size.get("width")).doubleValue(), "height", ((Number) size.get("height")).doubleValue());
    Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** Emulates {@code prefers-color-scheme: scheme} ({@code light} or {@code dark}) for later pages. */
  static void colorScheme(ChromeDriver chrome, String scheme) {
    chrome.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  private static void requireTools() {
    Assumptions.assumeFalse(Boolean.getBoolean("browser.skip"), "browser tests skipped with -Dbrowser.skip=true");
    // Given by path: Selenium Manager is never asked, and must not download anything if it were.
    System.setProperty("SE_OFFLINE", "true");
    Path driver = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));
    Path binary = Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));
    for (Path tool : List.of(binary, driver)) {
      if (!Files.isExecutable(tool)) {
        fail(tool + " not found: the browser tests need Debian's Chromium and its driver"
            + " (install them with `apt-get install chromium chromium-driver`, or point to them with"
            + " -Dbrowser.binary=... -Dbrowser.driver=...), or skip them explicitly with -Dbrowser.skip=true");
      }
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // A leftover profile in the temporary folder harms nothing.
    }
  }

  private static Path profile() {
    try {
      return Files.createTempDirectory("smtp-reply-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

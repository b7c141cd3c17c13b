/**
 * Tests in a real browser: Debian's Chromium driven headless through chromedriver by Selenium,
 * axe-core for accessibility and Lighthouse for the four audit scores, against the generated
 * site served on 127.0.0.1 and opened from disk.
 */
package org.smtpreply.site.browser;

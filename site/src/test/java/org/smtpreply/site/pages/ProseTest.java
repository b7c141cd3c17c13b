package org.smtpreply.site.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.smtpreply.catalog.Catalog;

/** Codes in catalog prose become links to their pages, and nothing else does. */
class ProseTest {
  private static final Prose PROSE = new Prose(Catalog.builtIn());
  private static final String PAGE = "es/550/index.html";

  private static String html(String text) {
    return PROSE.html(text, "es", PAGE);
  }

  @Test
  void basicAndEnhancedCodesLinkToTheirPagesInThePagesLanguage() {
    assertEquals("Un <a href=\"../../es/421/index.html\">421</a> con "
        + "<a href=\"../../es/enhanced/4.7.0/index.html\">4.7.0</a>.", html("Un 421 con 4.7.0."));
  }

  @Test
  void theClassFreeFormLinksToThePermanentForm() {
    assertEquals("<a href=\"../../es/enhanced/5.1.1/index.html\">X.1.1</a>", html("X.1.1"));
  }

  @Test
  void thePageDoesNotLinkToItself() {
    assertEquals("Un 550 con <a href=\"../../es/enhanced/5.1.1/index.html\">5.1.1</a>", html("Un 550 con 5.1.1"));
    assertEquals("X.1.1 y 5.1.1", PROSE.html("X.1.1 y 5.1.1", "en", "en/enhanced/5.1.1/index.html"));
  }

  @Test
  void numbersThatAreNotCodesStayText() {
    for (String text : new String[] {"RFC 5321", "Microsoft 365", "192.0.2.1", "v2.4.10", "port 587", "1,550",
        "5.1.1.2", "2.550", "code599", "550th"}) {
      assertEquals(text, html(text), text);
    }
  }

  @Test
  void theTextIsEscaped() {
    assertEquals("&lt;b&gt; &amp; <a href=\"../../es/421/index.html\">421</a> &quot;x&quot;",
        html("<b> & 421 \"x\""));
  }
}

package org.smtpreply.site.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.core.bounce.BouncePolicy;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Svg;

/** The retry timeline follows the bounce policy it is drawn from; the SVG writer escapes. */
class GuideFiguresTest {
  private static final UiMessages EN =
      UiMessages.load(Catalog.builtIn().locales(), Catalog.builtIn().locales().find("en").orElseThrow());

  private static Element svg(Figure figure) {
    return Jsoup.parse(figure.svg(), "", Parser.xmlParser()).selectFirst("svg");
  }

  @Test
  void rfc5321PolicyRetriesEveryHalfHourForFiveDays() {
    Figure figure = GuideFigures.retryTimeline(BouncePolicy.rfc5321(), EN, 1);
    assertTrue(figure.caption().contains("every 30 min, 241 attempts in all"), figure.caption());
    assertTrue(figure.caption().contains("queue lifetime of 5 days"), figure.caption());
    assertTrue(svg(figure).select("text").eachText().contains("Queue lifetime: 5 days"));
  }

  @Test
  void anotherPolicyDrawsAnotherTimeline() {
    BouncePolicy hourly = BouncePolicy.rfc5321().withRetryInterval(Duration.ofHours(1)).withRetryPeriod(Duration.ofDays(2));
    Figure figure = GuideFigures.retryTimeline(hourly, EN, 1);
    assertTrue(figure.caption().contains("every 1 h, 49 attempts in all"), figure.caption());
    assertTrue(figure.caption().contains("queue lifetime of 2 days"), figure.caption());
    Element svg = svg(figure);
    assertTrue(svg.select("text").eachText().contains("Queue lifetime: 2 days"));
    assertTrue(svg.select("text").eachText().contains("+2 days"));
    assertFalse(svg.select("text").eachText().contains("+3 days"));
    // The zoomed part (up to 5 hours) draws each attempt: at 0, 1, 2, 3, 4 and 5 hours.
    assertEquals(6, svg.select(".attempts circle").size());
  }

  @Test
  void aPolicyThatRunsOutOfRetriesTurnsHardBeforeTheLifetime() {
    BouncePolicy three = BouncePolicy.rfc5321().withMaxRetries(3);
    Figure figure = GuideFigures.retryTimeline(three, EN, 1);
    assertTrue(figure.caption().contains("Once its 3 retries are used up, after 90 min"), figure.caption());
    assertFalse(figure.caption().contains("delayed"), "no warning before the policy gives up: " + figure.caption());
    Element svg = svg(figure);
    assertEquals(4, svg.select(".attempts circle").size(), "the first attempt and 3 retries");
    assertTrue(svg.select(".warning").isEmpty());
    assertTrue(svg.select("text").eachText().contains("Retries used up: 3, after 90 min"));
  }

  @Test
  void svgWriterEscapesTextAndAttributes() {
    String svg = new Svg("x", 10, 10, "<a> & \"b\"", "x-caption")
        .text("text", "5 < 6 & 'q'", "class", "a\"b")
        .end();
    assertTrue(svg.contains("<title id=\"x-title\">&lt;a&gt; &amp; &quot;b&quot;</title>"), svg);
    assertTrue(svg.contains("<text class=\"a&quot;b\">5 &lt; 6 &amp; &#39;q&#39;</text>"), svg);
    Element parsed = Jsoup.parse(svg, "", Parser.xmlParser()).selectFirst("svg");
    assertEquals("5 < 6 & 'q'", parsed.selectFirst("text").text());
  }
}

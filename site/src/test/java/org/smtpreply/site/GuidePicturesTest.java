package org.smtpreply.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guides' pictures as the generated pages carry them, in both languages. */
class GuidePicturesTest {

  /** The picture {@code id} of {@code page}, checked for its title and its text alternative. */
  static Element picture(Document page, String id, String title) {
    Element svg = page.selectFirst("figure.picture svg#" + id);
    assertNotNull(svg, id + " on " + page.location());
    assertEquals("img", svg.attr("role"));
    assertEquals("100%", svg.attr("width"));
    assertFalse(svg.attr("viewBox").isEmpty(), "a viewBox, to scale on a phone");
    Element titled = page.getElementById(svg.attr("aria-labelledby"));
    assertEquals("title", titled.tagName());
    assertEquals(title, titled.text());
    Element caption = page.getElementById(svg.attr("aria-describedby"));
    assertEquals("figcaption", caption.tagName());
    assertTrue(caption.text().length() > 100, "a text alternative: " + caption.text());
    return svg;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en|Retry timeline of a soft bounce|every 30 min, 241 attempts in all|queue lifetime of 5 days|+5 days|Queue lifetime: 5 days",
      "es|Cronología de los reintentos de un rebote temporal|cada 30 min, 241 intentos en total|tiempo de vida en cola de 5 días|+5 días|Tiempo de vida en cola: 5 días"})
  void bounceGuideShowsTheRetryTimelineOfTheRfc5321Policy(String lang, String title, String attempts,
      String lifetime, String lastTick, String lifetimeLabel) {
    Document page = GeneratedSite.page(lang + "/guides/bounces/index.html");
    Element svg = picture(page, "retry-timeline", title);
    String caption = page.getElementById("retry-timeline-caption").text();
    assertTrue(caption.contains(attempts), caption);
    assertTrue(caption.contains(lifetime), caption);
    assertTrue(caption.contains("4 h"), "the delay warning: " + caption);
    assertTrue(caption.contains("delay_warning_time"), "where the 4 hours come from: " + caption);
    List<String> texts = svg.select("text").eachText();
    assertTrue(texts.contains(lastTick), texts.toString());
    assertTrue(texts.contains(lifetimeLabel), texts.toString());
    assertEquals(1, svg.select(".warning").size(), "the delay warning is drawn");
    assertEquals(1, svg.select(".hard rect").size(), "the hard bounce is drawn");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en|Anatomy of an SMTP reply|Reply code 550|Class 5|Subject 1|Detail 1|Recipient mailbox does not exist",
      "es|Anatomía de una respuesta SMTP|Código de respuesta 550|Clase 5|Ámbito 1|Detalle 1|"})
  void readingGuideShowsTheAnatomyOfAReply(String lang, String title, String code, String replyClass,
      String subject, String detail, String detailMeaning) {
    Document page = GeneratedSite.page(lang + "/guides/reading/index.html");
    Element svg = picture(page, "reply-anatomy", title);
    assertEquals("550 5.1.1 User unknown", svg.selectFirst("text.reply").text());
    List<String> texts = svg.select("text").eachText();
    for (String label : List.of(code, replyClass, subject, detail)) {
      assertTrue(texts.contains(label), label + " in " + texts);
    }
    if (detailMeaning != null) {
      assertTrue(texts.contains(detailMeaning), texts.toString());
    }
    assertEquals(5, svg.select("g.part").size(), "five parts labelled");
  }
}

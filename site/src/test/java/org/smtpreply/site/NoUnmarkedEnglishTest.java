package org.smtpreply.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * A reader of a page in another language meets no unmarked English: on every page of the generated
 * site whose language is not English, a text whose nearest {@code lang} is not {@code en} holds no
 * English prose (two or more English function words). English shown on purpose, such as a quoted
 * server reply or a text not translated yet, carries {@code lang="en"}.
 */
class NoUnmarkedEnglishTest {
  /** Words that English prose cannot do without, and that Spanish does not use, in lower case. */
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "is", "are", "with", "for", "that", "this",
      "from", "not", "be", "by", "your", "when", "which", "it", "its", "was", "has", "have", "will", "or", "to", "as",
      "in", "an");

  @Test
  void everyNonEnglishPageMarksTheEnglishItShows() {
    Path site = GeneratedSite.root();
    List<String> problems = new ArrayList<>();
    int pages = 0;
    for (Path file : GeneratedSite.htmlFiles(site)) {
      Document page = GeneratedSite.parse(file);
      if (page.selectFirst("html").attr("lang").startsWith("en")) {
        continue;
      }
      pages++;
      String where = site.relativize(file).toString();
      problems.addAll(unmarkedEnglish(page).stream().map(text -> where + ": " + text).toList());
    }
    assertFalse(pages == 0, "the site has pages in other languages");
    assertEquals(List.of(), problems, () -> problems.size() + " texts:\n" + String.join("\n", problems));
  }

  @Test
  void theCheckFindsEnglishWithoutALangMark() {
    Document page = Jsoup.parse("<html lang=\"es\"><body><p>Procedencia: Associated by the registry with X.7.12"
        + " and not defined by any RFC</p><pre lang=\"en\">550 The mailbox is not there and the user is gone</pre>"
        + "<p>El buzón no existe.</p><p>Postfix escribe «in reply to RCPT TO command» tras la respuesta.</p></body></html>");
    assertEquals(List.of("Procedencia: Associated by the registry with X.7.12 and not defined by any RFC"),
        unmarkedEnglish(page));
  }

  /** The texts of {@code page} in a language other than English that read as English prose. */
  static List<String> unmarkedEnglish(Document page) {
    List<String> found = new ArrayList<>();
    NodeTraversor.traverse((Node node, int depth) -> {
      if (node instanceof TextNode text && !text.isBlank() && !lang(node).startsWith("en")) {
        Element parent = (Element) node.parent();
        String whole = parent == null ? text.text() : parent.text();
        Set<String> words = new TreeSet<>();
        // Case counts: prose writes these words in lower case, commands in capitals (MAIL FROM, RCPT TO).
        // A quotation («in reply to RCPT TO command») cites a server's words, not the page's prose.
        String spoken = text.text().replaceAll("«[^»]*»|“[^”]*”|\"[^\"]*\"", " ");
        for (String word : spoken.split("[^\\p{L}]+")) {
          if (ENGLISH.contains(word)) {
            words.add(word);
          }
        }
        if (words.size() >= 2 && !found.contains(whole.strip())) {
          found.add(whole.strip());
        }
      }
    }, page.body());
    return found;
  }

  private static String lang(Node node) {
    for (Node at = node; at != null; at = at.parent()) {
      if (at instanceof Element element && element.hasAttr("lang")) {
        return element.attr("lang");
      }
    }
    return "";
  }
}

package org.smtpreply.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.i18n.Glossary;
import org.smtpreply.i18n.GlossaryTbx;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code translations glossary}: the house glossary as a TBX-Basic file a translation tool imports. */
class TranslationsGlossaryTest {
  @TempDir Path dir;

  @Test
  void theSpanishGlossaryIsWrittenAsTbxBasicWithPreferredAdmittedAndDeprecatedTerms() throws Exception {
    Path out = dir.resolve("es.tbx");
    SmtpReplyCliAccess.Run run = SmtpReplyCliAccess.run("translations", "glossary", "--locale", "es", "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    int terms = Glossary.load("es").terms().size();
    assertEquals("es: " + terms + " glossary terms written to " + out + "\n", run.out());

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(out.toFile());
    Element root = doc.getDocumentElement();
    assertEquals(GlossaryTbx.NAMESPACE, root.getNamespaceURI());
    assertEquals("tbx", root.getLocalName());
    assertEquals("TBX-Basic", root.getAttribute("type"));
    assertEquals("dca", root.getAttribute("style"));
    assertEquals("en", root.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
    NodeList concepts = doc.getElementsByTagNameNS(GlossaryTbx.NAMESPACE, "conceptEntry");
    assertEquals(terms, concepts.getLength());

    // soft bounce: "rebote temporal" required, "rebote suave" only as a gloss, "rebote blando" never.
    Element softBounce = concept(concepts, "soft bounce");
    assertEquals(List.of("en:soft bounce:preferredTerm-admn-sts", "es:rebote temporal:preferredTerm-admn-sts",
        "es:rebote suave:admittedTerm-admn-sts", "es:rebotes suaves:admittedTerm-admn-sts",
        "es:soft bounce:admittedTerm-admn-sts", "es:soft bounces:admittedTerm-admn-sts",
        "es:rebote blando:deprecatedTerm-admn-sts", "es:rebotes blandos:deprecatedTerm-admn-sts"), terms(softBounce));
  }

  @Test
  void aLocaleWithoutAGlossaryIsRefusedWithOneLine() {
    SmtpReplyCliAccess.Run run = SmtpReplyCliAccess.run("translations", "glossary", "--locale", "fr", "--out",
        dir.resolve("fr.tbx").toString());
    assertTrue(run.code() != 0);
    assertTrue(run.err().contains("--locale fr: not a translated locale; use one of es"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(Files.notExists(dir.resolve("fr.tbx")));
  }

  private static Element concept(NodeList concepts, String english) {
    for (int i = 0; i < concepts.getLength(); i++) {
      Element concept = (Element) concepts.item(i);
      if (concept.getElementsByTagNameNS(GlossaryTbx.NAMESPACE, "term").item(0).getTextContent().equals(english)) {
        return concept;
      }
    }
    throw new AssertionError("no concept for " + english);
  }

  /** Each term of a concept as language:term:administrative status. */
  private static List<String> terms(Element concept) {
    List<String> terms = new ArrayList<>();
    NodeList sections = concept.getElementsByTagNameNS(GlossaryTbx.NAMESPACE, "termSec");
    for (int i = 0; i < sections.getLength(); i++) {
      Element section = (Element) sections.item(i);
      String lang = ((Element) section.getParentNode()).getAttributeNS(XMLConstants.XML_NS_URI, "lang");
      terms.add(lang + ":" + section.getElementsByTagNameNS(GlossaryTbx.NAMESPACE, "term").item(0).getTextContent()
          + ":" + section.getElementsByTagNameNS(GlossaryTbx.NAMESPACE, "termNote").item(0).getTextContent());
    }
    return terms;
  }
}

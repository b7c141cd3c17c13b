package org.smtpreply.i18n;

import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A glossary as a TBX-Basic document (TBX v3, ISO 30042:2019, DCA style), which translation tools
 * import as a term base: one concept per term, with the English term, the required rendering as
 * the preferred term, renderings tolerated only as a gloss in parentheses as admitted terms with
 * a note, and forbidden renderings as deprecated terms.
 */
public final class GlossaryTbx {
  /** The TBX v3 namespace. */
  public static final String NAMESPACE = "urn:iso:std:iso:30042:ed-2";

  private GlossaryTbx() {}

  /**
   * {@code glossary} as TBX text, ending with a line break: the terms of {@code source} (the
   * catalog's source locale) and their renderings in {@code target}, the glossary's locale.
   */
  public static String write(Glossary glossary, SiteLocale source, SiteLocale target) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document doc = factory.newDocumentBuilder().newDocument();
      Element tbx = element(doc, doc, "tbx");
      tbx.setAttribute("type", "TBX-Basic");
      tbx.setAttribute("style", "dca");
      tbx.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", source.tag());
      Element sourceDesc = element(doc, element(doc, element(doc, tbx, "tbxHeader"), "fileDesc"), "sourceDesc");
      element(doc, sourceDesc, "p").setTextContent("House glossary of the SMTP reply reference, " + source.name()
          + " to " + target.name() + " (" + target.tag() + "): the term to use for each " + source.name()
          + " term, and the renderings not to use.");
      Element body = element(doc, element(doc, tbx, "text"), "body");
      int id = 0;
      for (GlossaryTerm term : glossary.terms()) {
        Element concept = element(doc, body, "conceptEntry");
        concept.setAttribute("id", "c" + ++id);
        term(doc, language(doc, concept, source.tag()), term.english(), "preferredTerm-admn-sts", null);
        Element translated = language(doc, concept, target.tag());
        term(doc, translated, term.required(), "preferredTerm-admn-sts", null);
        for (String aside : term.aside()) {
          term(doc, translated, aside, "admittedTerm-admn-sts",
              "Only as a gloss in parentheses after '" + term.required() + "'.");
        }
        for (String forbidden : term.forbidden()) {
          // A pattern such as beneficiari* stands for many words, not one term.
          if (!forbidden.endsWith("*")) {
            term(doc, translated, forbidden, "deprecatedTerm-admn-sts", "Do not use; write '" + term.required() + "'.");
          }
        }
      }
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(doc), new StreamResult(out));
      return out.toString().replace("?><tbx", "?>\n<tbx").strip() + "\n";
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IllegalStateException("writing XML to memory failed", e);
    }
  }

  private static Element language(Document doc, Element concept, String tag) {
    Element lang = element(doc, concept, "langSec");
    lang.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", tag);
    return lang;
  }

  private static void term(Document doc, Element lang, String text, String status, String note) {
    Element termSec = element(doc, lang, "termSec");
    element(doc, termSec, "term").setTextContent(text);
    Element admin = element(doc, termSec, "termNote");
    admin.setAttribute("type", "administrativeStatus");
    admin.setTextContent(status);
    if (note != null) {
      element(doc, termSec, "note").setTextContent(note);
    }
  }

  private static Element element(Document doc, org.w3c.dom.Node parent, String name) {
    Element element = doc.createElementNS(NAMESPACE, name);
    parent.appendChild(element);
    return element;
  }
}

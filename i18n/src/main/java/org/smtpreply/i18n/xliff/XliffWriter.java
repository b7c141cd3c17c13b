package org.smtpreply.i18n.xliff;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link XliffDocument} with the JDK's StAX writer, which escapes text and attributes;
 * the indentation is written here, so the same document always gives the same bytes.
 */
final class XliffWriter {
  private XMLStreamWriter xml;

  /** The document as XML text, ending with a line break. */
  public String write(XliffDocument document) {
    StringWriter out = new StringWriter();
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      newline(0);
      xml.writeStartElement("", "xliff", Xliff.NAMESPACE);
      xml.writeDefaultNamespace(Xliff.NAMESPACE);
      xml.writeAttribute("version", "2.0");
      xml.writeAttribute("srcLang", document.srcLang());
      xml.writeAttribute("trgLang", document.trgLang());
      newline(1);
      xml.writeStartElement("file");
      xml.writeAttribute("id", document.fileId());
      for (XliffUnit unit : document.units()) {
        unit(unit);
      }
      newline(1);
      xml.writeEndElement();
      newline(0);
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to memory failed", e);
    }
    return out + "\n";
  }

  private void unit(XliffUnit unit) throws XMLStreamException {
    newline(2);
    xml.writeStartElement("unit");
    xml.writeAttribute("id", unit.id());
    xml.writeAttribute("name", unit.name());
    if (!unit.notes().isEmpty()) {
      newline(3);
      xml.writeStartElement("notes");
      for (XliffUnit.Note note : unit.notes()) {
        newline(4);
        xml.writeStartElement("note");
        xml.writeAttribute("category", note.category());
        xml.writeCharacters(note.text());
        xml.writeEndElement();
      }
      newline(3);
      xml.writeEndElement();
    }
    for (XliffSegment segment : unit.segments()) {
      newline(3);
      xml.writeStartElement("segment");
      xml.writeAttribute("id", segment.id());
      xml.writeAttribute("state", segment.state().xml());
      newline(4);
      text("source", segment.source());
      if (segment.target().isPresent()) {
        newline(4);
        text("target", segment.target().get());
      }
      newline(3);
      xml.writeEndElement();
    }
    newline(2);
    xml.writeEndElement();
  }

  private void text(String element, XliffText value) throws XMLStreamException {
    xml.writeStartElement(element);
    for (XliffText.Run run : value.runs()) {
      if (run instanceof XliffText.Protected token) {
        xml.writeStartElement("mrk");
        xml.writeAttribute("id", token.id());
        xml.writeAttribute("translate", "no");
        xml.writeCharacters(token.text());
        xml.writeEndElement();
      } else {
        xml.writeCharacters(run.text());
      }
    }
    xml.writeEndElement();
  }

  private void newline(int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}

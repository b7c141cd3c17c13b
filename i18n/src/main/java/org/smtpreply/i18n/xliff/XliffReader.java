package org.smtpreply.i18n.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.smtpreply.i18n.I18nException;
import org.smtpreply.i18n.IoProblems;
import org.smtpreply.i18n.Utf8Text;

/**
 * Reads an XLIFF 2 file with the JDK's StAX parser, DTDs refused. Elements of other namespaces
 * (XLIFF modules, tool extensions) are skipped; anything else unexpected is an error with its line
 * and column, because guessing at a translator's file could lose a translation.
 */
final class XliffReader {
  /** The largest file read: the whole catalog in one language is well under 1 MB. */
  static final int MAX_BYTES = 64 * 1024 * 1024;
  /** The XLIFF 2 versions whose core this reader reads; 2.1 and 2.2 only add modules. */
  private static final Set<String> VERSIONS = Set.of("2.0", "2.1", "2.2");
  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("\\uFEFF?<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");
  private final Path file;
  private XMLStreamReader xml;

  /** A reader of {@code file}. */
  public XliffReader(Path file) {
    this.file = file;
  }

  /** Reads the whole file. */
  public XliffDocument read() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    try {
      // Decoded here, not by the parser: the JDK's parser prints a stray "[Fatal Error]" line on
      // standard error for bytes that are not UTF-8, before it throws.
      xml = factory.createXMLStreamReader(new StringReader(fileText()));
      try {
        return document();
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new I18nException(at(e.getLocation()) + ": not well-formed XML: " + parserMessage(e)
          + "; fix the file or export it again");
    }
  }

  /** The file's text: UTF-8, or UTF-16 with a byte-order mark (XML's two required encodings). */
  private String fileText() {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new I18nException(file + ": no such file; give the path of an exported XLIFF file");
    } catch (IOException e) {
      throw new I18nException(file + ": " + IoProblems.describe(file, e) + "; give the path of an exported XLIFF file");
    }
    if (bytes.length > MAX_BYTES) {
      throw new I18nException(file + ": is larger than " + MAX_BYTES / (1024 * 1024)
          + " MB; export fewer entries at a time (--only missing,stale)");
    }
    if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
        || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
      return new String(bytes, StandardCharsets.UTF_16);
    }
    String text;
    try {
      text = Utf8Text.decode(bytes);
    } catch (Utf8Text.NotUtf8 e) {
      throw new I18nException(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
    }
    Matcher declared = DECLARED_ENCODING.matcher(text);
    if (declared.lookingAt() && !declared.group(1).equalsIgnoreCase("UTF-8")) {
      throw new I18nException(file + ":1:1: the file says it is " + declared.group(1)
          + "; save it as UTF-8 (XLIFF tools offer it)");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private XliffDocument document() throws XMLStreamException {
    root();
    if ( !Xliff.NAMESPACE.equals(xml.getNamespaceURI()) || !"xliff".equals(xml.getLocalName())) {
      throw error("this is not an XLIFF 2 file: the root element must be <xliff xmlns=\"" + Xliff.NAMESPACE + "\">");
    }
    String version = attribute("version");
    if (!VERSIONS.contains(version)) {
      throw error("XLIFF version " + version + " is not supported; save the file as XLIFF 2.0");
    }
    String srcLang = attribute("srcLang");
    String trgLang = attribute("trgLang");
    List<XliffUnit> units = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    String fileId = null;
    while (nextElement()) {
      if (!isCore("file")) {
        throw error("expected <file>, found <" + xml.getLocalName() + ">");
      }
      fileId = fileId == null ? attribute("id") : fileId;
      while (nextElement()) {
        if (isCore("unit")) {
          String where = at(xml.getLocation());
          XliffUnit unit = unit();
          if (!ids.add(unit.id())) {
            throw new I18nException(where + ": unit '" + unit.id() + "' appears twice; keep one");
          }
          units.add(unit);
        } else if (isCore("notes") || isCore("skeleton") || isCore("group")) {
          if (isCore("group")) {
            throw error("<group> is not used by this project's files; export the file again");
          }
          skip();
        } else {
          throw error("unexpected <" + xml.getLocalName() + "> in <file>");
        }
      }
    }
    return new XliffDocument(srcLang, trgLang, fileId == null ? "" : fileId, units);
  }

  private XliffUnit unit() throws XMLStreamException {
    String id = attribute("id");
    String name = Optional.ofNullable(xml.getAttributeValue(null, "name")).orElse(id);
    List<XliffUnit.Note> notes = new ArrayList<>();
    List<XliffSegment> segments = new ArrayList<>();
    Set<String> segmentIds = new HashSet<>();
    while (nextElement()) {
      if (isCore("notes")) {
        while (nextElement()) {
          if (!isCore("note")) {
            throw error("unexpected <" + xml.getLocalName() + "> in <notes>");
          }
          String category = Optional.ofNullable(xml.getAttributeValue(null, "category")).orElse("");
          notes.add(new XliffUnit.Note(category, text()));
        }
      } else if (isCore("segment")) {
        String where = at(xml.getLocation());
        XliffSegment segment = segment(id);
        if (!segmentIds.add(segment.id())) {
          throw new I18nException(where + ": unit '" + id + "' has segment '" + segment.id() + "' twice; keep one");
        }
        segments.add(segment);
      } else if (isCore("ignorable") || isCore("originalData")) {
        skip();
      } else {
        throw error("unexpected <" + xml.getLocalName() + "> in unit '" + id + "'");
      }
    }
    return new XliffUnit(id, name, notes, segments);
  }

  private XliffSegment segment(String unit) throws XMLStreamException {
    String id = xml.getAttributeValue(null, "id");
    if (id == null) {
      throw error("a segment of unit '" + unit + "' has no id; export the file again");
    }
    String stateValue = Optional.ofNullable(xml.getAttributeValue(null, "state")).orElse("initial");
    SegmentState state = SegmentState.fromXml(stateValue).orElseThrow(() -> error(
        "segment '" + id + "' of unit '" + unit + "' has state '" + stateValue
            + "'; use initial, translated, reviewed or final"));
    XliffText source = null;
    XliffText target = null;
    while (nextElement()) {
      String where = "unit '" + unit + "', segment '" + id + "'";
      if (isCore("source")) {
        source = content(where);
      } else if (isCore("target")) {
        Location at = xml.getLocation();
        target = content(where);
        if (target.text().codePoints().anyMatch(XliffReader::isLineBreak)) {
          throw new I18nException(at(at) + ": " + where + ": the translation has a line break; write it as one"
              + " paragraph on one line, as the source is");
        }
      } else {
        throw error("unexpected <" + xml.getLocalName() + "> in segment '" + id + "' of unit '" + unit + "'");
      }
    }
    if (source == null) {
      throw error("segment '" + id + "' of unit '" + unit + "' has no <source>; export the file again");
    }
    return new XliffSegment(id, source, Optional.ofNullable(target), state);
  }

  private static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  /**
   * The content of the current {@code <source>} or {@code <target>}: text and protected runs
   * ({@code <mrk translate="no">}); {@code where} names the unit and segment in errors. Any other
   * markup is refused: this project's texts are plain.
   */
  private XliffText content(String where) throws XMLStreamException {
    String element = xml.getLocalName();
    List<XliffText.Run> runs = new ArrayList<>();
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            runs.add(new XliffText.Plain(xml.getText()));
        case XMLStreamConstants.END_ELEMENT -> {
          return new XliffText(runs);
        }
        case XMLStreamConstants.START_ELEMENT -> runs.add(marker(element, where));
        case XMLStreamConstants.ENTITY_REFERENCE -> throw error("entity '&" + xml.getLocalName()
            + ";' is not allowed; write the character itself");
        default -> { }
      }
    }
  }

  /** A {@code <mrk>} in a source or target: protected when {@code translate="no"}, else its plain text. */
  private XliffText.Run marker(String element, String where) throws XMLStreamException {
    if (!isCore("mrk")) {
      throw error(where + ": <" + element + "> holds markup <" + xml.getLocalName()
          + ">, which this project's texts never have; write it as plain text");
    }
    String id = Optional.ofNullable(xml.getAttributeValue(null, "id")).orElse("");
    boolean protect = "no".equals(xml.getAttributeValue(null, "translate"));
    String text = text();
    return protect ? new XliffText.Protected(id, text) : new XliffText.Plain(text);
  }

  /** The text of the current element, which must hold no markup. */
  private String text() throws XMLStreamException {
    String element = xml.getLocalName();
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(xml.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          return text.toString();
        }
        case XMLStreamConstants.START_ELEMENT -> throw error("<" + element + "> holds markup <"
            + xml.getLocalName() + ">, which this project's texts never have; write it as plain text");
        case XMLStreamConstants.ENTITY_REFERENCE -> throw error("entity '&" + xml.getLocalName()
            + ";' is not allowed; write the character itself");
        default -> { }
      }
    }
  }

  /** Moves to the root element, refusing a DOCTYPE on the way. */
  private void root() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        throw error("a DOCTYPE is not allowed in an XLIFF file; remove it");
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        return;
      }
    }
    throw error("the file is empty; export it again");
  }

  /**
   * Moves to the next child element of the current one and returns true, or to the current
   * element's end and returns false. Skips whitespace, comments and elements of other namespaces.
   */
  private boolean nextElement() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (Xliff.NAMESPACE.equals(xml.getNamespaceURI())) {
            return true;
          }
          skip();
        }
        case XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT -> {
          return false;
        }
        case XMLStreamConstants.DTD -> throw error("a DOCTYPE is not allowed in an XLIFF file; remove it");
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (!xml.isWhiteSpace()) {
            throw error("unexpected text '" + xml.getText().strip() + "' outside <source> and <target>");
          }
        }
        case XMLStreamConstants.ENTITY_REFERENCE -> throw error("entity '&" + xml.getLocalName()
            + ";' is not allowed; write the character itself");
        default -> { }
      }
    }
    return false;
  }

  /** Skips the current element and everything in it. */
  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private boolean isCore(String name) {
    return Xliff.NAMESPACE.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
  }

  private String attribute(String name) {
    String value = xml.getAttributeValue(null, name);
    if (value == null || value.isBlank()) {
      throw error("<" + xml.getLocalName() + "> has no '" + name + "' attribute; export the file again");
    }
    return value;
  }

  private I18nException error(String message) {
    return new I18nException(at(xml.getLocation()) + ": " + message);
  }

  private String at(Location location) {
    return location == null || location.getLineNumber() < 0
        ? file.toString()
        : file + ":" + location.getLineNumber() + ":" + location.getColumnNumber();
  }

  /** The parser's own words, without the position it repeats and the Java class names. */
  private static String parserMessage(XMLStreamException e) {
    String message = e.getMessage() == null ? "unreadable" : e.getMessage();
    int marker = message.indexOf("Message: ");
    if (marker >= 0) {
      message = message.substring(marker + "Message: ".length());
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}

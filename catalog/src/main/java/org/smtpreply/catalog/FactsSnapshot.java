package org.smtpreply.catalog;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog's facts in a compact binary form, written by the catalog's build (exec-maven-plugin
 * runs {@link #main}) into this artifact and read by {@link CatalogFacts#builtIn()} in a few
 * milliseconds: parsing and validating the YAML catalog in every compilation cost the annotation
 * processor more than all its other work. The order of everything written is the catalog's, so
 * that two builds write the same bytes.
 */
public final class FactsSnapshot {
  private static final int VERSION = 1;

  private FactsSnapshot() {}

  /** Writes the built-in catalog's facts snapshot to the file {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      write(Catalog.builtIn().facts(), out);
    }
  }

  static void write(CatalogFacts facts, OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
    out.writeInt(VERSION);
    out.writeInt(facts.basicCodes().size());
    for (ReplyCode c : facts.basicCodes()) {
      out.writeInt(c.code());
      out.writeUTF(c.constant());
      out.writeInt(c.references().size());
      for (RfcReference r : c.references()) {
        out.writeInt(r.rfc());
        out.writeUTF(r.section());
      }
      out.writeUTF(c.origin().orElse(""));
      writeStrings(out, c.commands());
      writeStrings(out, c.enhanced());
      writeInts(out, c.related());
    }
    out.writeInt(facts.enhancedCodes().size());
    for (EnhancedCode c : facts.enhancedCodes()) {
      out.writeUTF(c.code());
      out.writeUTF(c.constant());
      writeInts(out, c.rfcs());
      writeInts(out, c.basic());
      writeInts(out, c.classes());
    }
    out.writeInt(facts.titles().size());
    for (Map.Entry<String, String> e : facts.titles().entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    out.flush();
  }

  static CatalogFacts read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
    if (in.readInt() != VERSION) {
      throw new IOException("catalog snapshot of another version; rebuild the processor");
    }
    List<ReplyCode> basic = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      int code = in.readInt();
      String constant = in.readUTF();
      List<RfcReference> references = new ArrayList<>();
      for (int r = in.readInt(); r > 0; r--) {
        references.add(new RfcReference(in.readInt(), in.readUTF()));
      }
      Optional<String> origin = Optional.of(in.readUTF()).filter(s -> !s.isEmpty());
      basic.add(new ReplyCode(code, constant, references, origin, readStrings(in), readStrings(in), readInts(in)));
    }
    List<EnhancedCode> enhanced = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      enhanced.add(new EnhancedCode(in.readUTF(), in.readUTF(), readInts(in), readInts(in), readInts(in)));
    }
    Map<String, String> titles = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      titles.put(in.readUTF(), in.readUTF());
    }
    return new CatalogFacts(basic, enhanced, titles);
  }

  private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String v : values) {
      out.writeUTF(v);
    }
  }

  private static void writeInts(DataOutputStream out, List<Integer> values) throws IOException {
    out.writeInt(values.size());
    for (int v : values) {
      out.writeInt(v);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    List<String> values = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      values.add(in.readUTF());
    }
    return values;
  }

  private static List<Integer> readInts(DataInputStream in) throws IOException {
    List<Integer> values = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      values.add(in.readInt());
    }
    return values;
  }
}

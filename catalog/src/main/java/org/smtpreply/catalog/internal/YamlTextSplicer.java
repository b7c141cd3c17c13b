package org.smtpreply.catalog.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Sets entries of a locale's text file (a map of entries, each a map of fields whose values are a
 * text or a list of texts) and keeps every other byte: a field whose text did not change keeps its
 * lines, a changed text keeps its style (a quoted title stays quoted, a folded paragraph stays
 * folded, and only the lines whose words changed are wrapped again), so a one-word change to a
 * title is a one-line change to the file. New entries are written in the house style ({@link
 * TextYamlEmitter}) where the catalog's order puts them.
 *
 * <p>Whatever the splice writes is read back and compared with what was asked; an entry written in
 * a way the careful path does not read back exactly (a style this class does not know) is written
 * again whole, so the result always holds exactly the texts given.
 */
public final class YamlTextSplicer {
  private static final TextYamlEmitter EMITTER = new TextYamlEmitter();

  private YamlTextSplicer() {}

  /**
   * {@code original} with each entry of {@code wanted} set to its fields (field name to a text or
   * a list of texts, in the order they go in the file), or removed when its value is null; entries
   * the file lacks are inserted before the first entry that follows them in {@code order}, or
   * appended.
   */
  public static String splice(String original, Map<String, Map<String, Object>> wanted, List<String> order) {
    String spliced = splice(original, wanted, order, Set.of());
    Set<String> mismatched = mismatched(spliced, wanted);
    if (mismatched.isEmpty()) {
      return spliced;
    }
    String whole = splice(original, wanted, order, mismatched);
    if (!mismatched(whole, wanted).isEmpty()) {
      throw new IllegalStateException("written texts do not read back for " + mismatched);
    }
    return whole;
  }

  private static String splice(String original, Map<String, Map<String, Object>> wanted, List<String> order,
      Set<String> rewriteWhole) {
    List<String> lines = lines(original);
    Map<String, Entry> entries = entries(original, lines);
    List<Edit> edits = new ArrayList<>();
    int sequence = 0;
    for (Map.Entry<String, Map<String, Object>> change : wanted.entrySet()) {
      String key = change.getKey();
      Map<String, Object> fields = change.getValue();
      Entry entry = entries.get(key);
      if (entry == null) {
        if (fields != null) {
          edits.add(insertion(lines, entries, key, fields, order, order.indexOf(key) - order.size()));
        }
      } else if (fields == null) {
        edits.add(removal(lines, entry, sequence++));
      } else if (entry.fields == null || rewriteWhole.contains(key)) {
        edits.add(new Edit(entry.start, entry.end, List.of(EMITTER.entry(key, fields).split("\n")), sequence++));
      } else {
        sequence = fieldEdits(lines, entry, fields, edits, sequence);
      }
    }
    // At one place, new entries come first, in the catalog's order, then what replaces the lines there.
    edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::sequence));
    List<String> out = new ArrayList<>();
    int at = 0;
    for (Edit edit : edits) {
      out.addAll(lines.subList(at, edit.start));
      out.addAll(edit.lines);
      at = Math.max(at, edit.end);
    }
    out.addAll(lines.subList(at, lines.size()));
    return out.isEmpty() ? "" : String.join("\n", out) + "\n";
  }

  /** The edits that make {@code entry}'s fields equal to {@code wanted}; returns the next sequence number. */
  private static int fieldEdits(List<String> lines, Entry entry, Map<String, Object> wanted, List<Edit> edits, int seq) {
    int indent = entry.fields.isEmpty() ? 2 : entry.fields.values().iterator().next().keyColumn;
    List<String> names = new ArrayList<>(wanted.keySet());
    for (Field field : entry.fields.values()) {
      if (!wanted.containsKey(field.name)) {
        edits.add(new Edit(field.start, field.end, List.of(), seq++));
      }
    }
    for (int n = 0; n < names.size(); n++) {
      String name = names.get(n);
      Object value = wanted.get(name);
      Field field = entry.fields.get(name);
      if (field == null) {
        int at = entry.end;
        for (int later = n + 1; later < names.size(); later++) {
          Field next = entry.fields.get(names.get(later));
          if (next != null) {
            at = next.start;
            break;
          }
        }
        if (at == entry.end) {
          at = entry.fields.values().stream().mapToInt(Field::end).max().orElse(entry.start + 1);
        }
        edits.add(new Edit(at, at, emitField(name, value, indent, indent + 2), seq++));
      } else if (!field.value.equals(value)) {
        seq = changedField(lines, field, value, edits, seq);
      }
    }
    return seq;
  }

  private static int changedField(List<String> lines, Field field, Object value, List<Edit> edits, int seq) {
    if (value instanceof String text && field.node instanceof ScalarNode scalar) {
      String prefix = lines.get(field.start).substring(0, scalar.getStartMark().getColumn());
      edits.add(new Edit(field.start, field.end, scalar(lines, field.start, field.end, scalar, prefix,
          field.keyColumn + 2, text), seq++));
      return seq;
    }
    if (value instanceof List<?> items && field.node instanceof SequenceNode sequence && field.items != null
        && field.items.size() == items.size()) {
      for (int i = 0; i < items.size(); i++) {
        Item item = field.items.get(i);
        String text = (String) items.get(i);
        if (!item.value.equals(text)) {
          String prefix = lines.get(item.start).substring(0, item.node.getStartMark().getColumn());
          edits.add(new Edit(item.start, item.end, scalar(lines, item.start, item.end, item.node, prefix,
              item.dashColumn + 2, text), seq++));
        }
      }
      return seq;
    }
    int itemIndent = field.items != null && !field.items.isEmpty() ? field.items.get(0).dashColumn : field.keyColumn + 2;
    edits.add(new Edit(field.start, field.end, emitField(field.name, value, field.keyColumn, itemIndent), seq++));
    return seq;
  }

  /**
   * The lines of a changed text that was {@code node} on {@code lines[start, end)}, written after
   * {@code prefix} ({@code "  title: "}, {@code "    - "}), continuation lines at {@code indent}.
   */
  private static List<String> scalar(List<String> lines, int start, int end, ScalarNode node, String prefix,
      int indent, String text) {
    int width = TextYamlEmitter.WIDTH;
    for (int i = start; i < end; i++) {
      width = Math.max(width, lines.get(i).length());
    }
    ScalarStyle style = node.getScalarStyle();
    boolean oneLine = end - start == 1;
    if (oneLine && style == ScalarStyle.DOUBLE_QUOTED && prefix.length() + TextYamlEmitter.quoted(text).length() <= width) {
      return List.of(prefix + TextYamlEmitter.quoted(text));
    }
    if (oneLine && style == ScalarStyle.PLAIN && TextYamlEmitter.isPlainSafe(text) && prefix.length() + text.length() <= width) {
      return List.of(prefix + text);
    }
    if (style == ScalarStyle.FOLDED && TextYamlEmitter.isFoldable(text) && end - start > 1) {
      List<String> refolded = refold(lines.subList(start + 1, end), text, width);
      if (refolded != null) {
        List<String> out = new ArrayList<>();
        out.add(lines.get(start));
        out.addAll(refolded);
        return out;
      }
    }
    StringBuilder out = new StringBuilder();
    EMITTER.scalar(out, prefix, indent, text);
    return List.of(out.toString().split("\n"));
  }

  /**
   * The content lines of a folded block, {@code old}, rewritten to hold {@code text}: the leading
   * and trailing lines whose words did not change are kept, and only the words between them are
   * wrapped again; null when the block holds anything but one paragraph of plain lines.
   */
  private static List<String> refold(List<String> old, String text, int width) {
    if (old.isEmpty()) {
      return null;
    }
    String first = old.get(0);
    int indentWidth = first.length() - first.stripLeading().length();
    String indent = first.substring(0, indentWidth);
    List<List<String>> words = new ArrayList<>();
    for (String line : old) {
      if (!line.startsWith(indent) || line.length() == indentWidth || line.charAt(indentWidth) == ' '
          || !TextYamlEmitter.isFoldable(line.substring(indentWidth))) {
        return null;
      }
      words.add(List.of(line.substring(indentWidth).split(" ")));
    }
    List<String> wanted = List.of(text.split(" "));
    int head = 0;
    int from = 0;
    while (head < words.size() && startsWith(wanted, from, words.get(head))) {
      from += words.get(head).size();
      head++;
    }
    int tail = words.size();
    int to = wanted.size();
    while (tail > head && to - words.get(tail - 1).size() >= from
        && startsWith(wanted, to - words.get(tail - 1).size(), words.get(tail - 1))) {
      to -= words.get(tail - 1).size();
      tail--;
    }
    List<String> out = new ArrayList<>(old.subList(0, head));
    if (to > from) {
      StringBuilder folded = new StringBuilder();
      TextYamlEmitter.fold(folded, indent, String.join(" ", wanted.subList(from, to)), width);
      out.addAll(List.of(folded.toString().split("\n")));
    }
    out.addAll(old.subList(tail, old.size()));
    return out;
  }

  private static boolean startsWith(List<String> words, int from, List<String> part) {
    return from + part.size() <= words.size() && words.subList(from, from + part.size()).equals(part);
  }

  private static List<String> emitField(String name, Object value, int keyColumn, int itemColumn) {
    StringBuilder out = new StringBuilder();
    String key = " ".repeat(keyColumn) + name + ":";
    if (value instanceof List<?> items) {
      out.append(key).append('\n');
      for (Object item : items) {
        EMITTER.scalar(out, " ".repeat(itemColumn) + "- ", itemColumn + 2, (String) item);
      }
    } else {
      EMITTER.scalar(out, key + " ", keyColumn + 2, (String) value);
    }
    return List.of(out.toString().split("\n"));
  }

  private static Edit insertion(List<String> lines, Map<String, Entry> entries, String key, Map<String, Object> fields,
      List<String> order, int seq) {
    List<String> block = new ArrayList<>(List.of(EMITTER.entry(key, fields).split("\n")));
    int rank = order.indexOf(key);
    Entry next = entries.values().stream()
        .filter(e -> order.indexOf(e.key) > rank)
        .min(Comparator.comparingInt(Entry::start))
        .orElse(null);
    if (next == null) {
      if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
        block.add(0, "");
      }
      return new Edit(lines.size(), lines.size(), block, seq);
    }
    block.add("");
    return new Edit(next.leading, next.leading, block, seq);
  }

  private static Edit removal(List<String> lines, Entry entry, int seq) {
    int end = entry.end;
    // Removing an entry also removes the blank lines that separated it from the next one.
    if (entry.start == 0 || lines.get(entry.start - 1).isBlank()) {
      while (end < lines.size() && lines.get(end).isBlank()) {
        end++;
      }
    }
    return new Edit(entry.start, end, List.of(), seq);
  }

  /** The file's lines, without the empty string after a final line break. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** The file's entries by key, with where each is and, when it is a plain block map, its fields. */
  private static Map<String, Entry> entries(String text, List<String> lines) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    Node root = compose(text);
    if (!(root instanceof MappingNode map)) {
      return entries;
    }
    List<NodeTuple> tuples = map.getValue();
    for (int k = 0; k < tuples.size(); k++) {
      NodeTuple tuple = tuples.get(k);
      int start = tuple.getKeyNode().getStartMark().getLine();
      int limit = k + 1 < tuples.size() ? tuples.get(k + 1).getKeyNode().getStartMark().getLine() : lines.size();
      int end = trimEnd(lines, start, limit);
      int leading = start;
      while (leading > 0 && lines.get(leading - 1).startsWith("#")) {
        leading--;
      }
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      entries.put(key, new Entry(key, leading, start, end, fields(tuple.getValueNode(), lines, start, end)));
    }
    return entries;
  }

  /** The fields of an entry's map, or null when it is not a block map whose fields start on lines of their own. */
  private static Map<String, Field> fields(Node node, List<String> lines, int entryLine, int entryEnd) {
    if (!(node instanceof MappingNode map) || map.getFlowStyle() == FlowStyle.FLOW) {
      return null;
    }
    Map<String, Field> fields = new LinkedHashMap<>();
    List<NodeTuple> tuples = map.getValue();
    int previous = entryLine;
    for (int f = 0; f < tuples.size(); f++) {
      NodeTuple tuple = tuples.get(f);
      int start = tuple.getKeyNode().getStartMark().getLine();
      if (start <= previous || !(tuple.getKeyNode() instanceof ScalarNode key)) {
        return null;
      }
      previous = start;
      int limit = f + 1 < tuples.size() ? tuples.get(f + 1).getKeyNode().getStartMark().getLine() : entryEnd;
      int end = trimEnd(lines, start, limit);
      Node value = tuple.getValueNode();
      Object parsed;
      List<Item> items = null;
      if (value instanceof ScalarNode scalar) {
        parsed = scalar.getValue().strip();
      } else if (value instanceof SequenceNode sequence && sequence.getValue().stream().allMatch(i -> i instanceof ScalarNode)) {
        List<String> texts = new ArrayList<>();
        sequence.getValue().forEach(i -> texts.add(((ScalarNode) i).getValue().strip()));
        parsed = texts;
        items = items(sequence, lines, start, end);
      } else {
        return null;
      }
      fields.put(key.getValue(), new Field(key.getValue(), tuple.getKeyNode().getStartMark().getColumn(), start, end,
          value, parsed, items));
    }
    return fields;
  }

  /** The items of a block list, each on lines of its own; null otherwise. */
  private static List<Item> items(SequenceNode sequence, List<String> lines, int fieldLine, int fieldEnd) {
    if (sequence.getFlowStyle() == FlowStyle.FLOW) {
      return null;
    }
    List<Item> items = new ArrayList<>();
    List<Node> nodes = sequence.getValue();
    int previous = fieldLine;
    for (int i = 0; i < nodes.size(); i++) {
      ScalarNode node = (ScalarNode) nodes.get(i);
      int start = node.getStartMark().getLine();
      if (start <= previous) {
        return null;
      }
      previous = start;
      String line = lines.get(start);
      int dash = line.indexOf('-');
      if (dash < 0 || !line.substring(0, dash).isBlank()) {
        return null;
      }
      int limit = i + 1 < nodes.size() ? nodes.get(i + 1).getStartMark().getLine() : fieldEnd;
      items.add(new Item(dash, start, trimEnd(lines, start, limit), node, node.getValue().strip()));
    }
    return items;
  }

  /** The line after the last line of a block on {@code [start, limit)}: trailing blank and comment lines belong to what follows. */
  private static int trimEnd(List<String> lines, int start, int limit) {
    int end = limit;
    while (end > start + 1 && (lines.get(end - 1).isBlank() || lines.get(end - 1).stripLeading().startsWith("#"))) {
      end--;
    }
    return end;
  }

  private static Node compose(String text) {
    if (text.isBlank()) {
      return null;
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    return new Yaml(options).compose(new StringReader(text));
  }

  /** The keys of {@code wanted} whose entry in {@code text} does not read back as asked. */
  private static Set<String> mismatched(String text, Map<String, Map<String, Object>> wanted) {
    Map<String, Entry> entries = entries(text, lines(text));
    Set<String> wrong = new TreeSet<>();
    wanted.forEach((key, fields) -> {
      Entry entry = entries.get(key);
      if (fields == null ? entry != null : entry == null || entry.fields == null || !values(entry).equals(fields)) {
        wrong.add(key);
      }
    });
    return wrong;
  }

  private static Map<String, Object> values(Entry entry) {
    Map<String, Object> values = new LinkedHashMap<>();
    entry.fields.forEach((name, field) -> values.put(name, field.value));
    return values;
  }

  /** An entry: its key, its first leading comment line, its key line, the line after its last, its fields. */
  private record Entry(String key, int leading, int start, int end, Map<String, Field> fields) {}

  /** A field: its name, the column of its key, its lines, its node and value, and its items if it is a list. */
  private record Field(String name, int keyColumn, int start, int end, Node node, Object value, List<Item> items) {}

  /** A list item: the column of its dash, its lines, its node and text. */
  private record Item(int dashColumn, int start, int end, ScalarNode node, String value) {}

  /**
   * Lines {@code [start, end)} replaced by {@code lines}; {@code sequence} orders edits at one place
   * (insertions have negative ones, their rank in the catalog's order).
   */
  private record Edit(int start, int end, List<String> lines, int sequence) {
    Edit {
      Objects.requireNonNull(lines);
    }
  }
}

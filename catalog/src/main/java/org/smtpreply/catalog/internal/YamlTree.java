package org.smtpreply.catalog.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.smtpreply.catalog.problem.ProblemKind;
import org.smtpreply.i18n.Utf8Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one catalog file into a tree that knows where each value is ({@link ReadFile}), with
 * SnakeYAML's composer: the file is read once, and nothing in it is silently dropped or shared. A
 * second document, an anchor or alias, a duplicate key, a syntax error, bytes that are not UTF-8
 * or a line longer than {@link Limits#MAX_LINE_CHARS} is a problem with its line and column.
 */
public final class YamlTree {
  private final String file;
  private final Problems problems;
  private final Map<String, Long> values = new HashMap<>();
  private final Map<String, Long> keys = new HashMap<>();
  private final List<Twice> twice = new ArrayList<>();

  /** A key written twice in one map, at {@code at}, as {@code pointer}. */
  private record Twice(String pointer, long at, String message) {}

  private YamlTree(String file, Problems problems) {
    this.file = file;
    this.problems = problems;
  }

  /**
   * Reads {@code bytes}, the UTF-8 file {@code file}; problems go to {@code problems}, and a file
   * with a problem reads as empty.
   */
  public static ReadFile read(String file, byte[] bytes, Problems problems) {
    YamlTree tree = new YamlTree(file, problems);
    String text = tree.decode(bytes);
    JsonNode root = text == null || !tree.linesFit(text) ? MissingNode.getInstance() : tree.parse(text);
    return new ReadFile(file, root, Map.copyOf(tree.values), Map.copyOf(tree.keys));
  }

  /** The text of {@code bytes}, or null (and a problem at the first byte that is not UTF-8). */
  private String decode(byte[] bytes) {
    try {
      return Utf8Text.decode(bytes);
    } catch (Utf8Text.NotUtf8 e) {
      problems.add(ProblemKind.YAML_SYNTAX, file, (long) e.line() << 32 | e.column(), "", e.getMessage());
      return null;
    }
  }

  /** Whether every line of {@code text} fits {@link Limits#MAX_LINE_CHARS}; else a problem at the first that does not. */
  private boolean linesFit(String text) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > Limits.MAX_LINE_CHARS) {
          problems.add(ProblemKind.TOO_LARGE, file, (long) line << 32 | (Limits.MAX_LINE_CHARS + 1), "",
              String.format(Locale.ROOT, "line %d has %,d characters, more than the %,d a line may hold;"
                  + " break the text over several lines (a folded text, >-, joins them with spaces)",
                  line, i - start, Limits.MAX_LINE_CHARS));
          return false;
        }
        line++;
        start = i + 1;
      }
    }
    return true;
  }

  private JsonNode parse(String text) {
    LoaderOptions options = new LoaderOptions();
    // The whole file is in memory already, within Limits.MAX_FILE_BYTES; SnakeYAML's own guard
    // (3 M code points by default) would refuse a large but legitimate catalog.
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(Limits.MAX_NESTING);
    int before = problems.size();
    Events events = new Events(new ParserImpl(new StreamReader(text), options));
    try {
      Composer composer = new Composer(events, new Resolver(), options);
      if (!composer.checkNode()) {
        return MissingNode.getInstance();
      }
      Node document = composer.getNode();
      if (composer.checkNode()) {
        Node second = composer.getNode();
        problems.add(ProblemKind.YAML_DOCUMENTS, file, mark(second.getStartMark()), "",
            "a catalog file holds one YAML document; remove the '---' line and what follows,"
                + " or move it to a file of its own");
        return MissingNode.getInstance();
      }
      JsonNode root = document == null ? MissingNode.getInstance() : convert(document, "");
      // A key written twice is reported in the entry it is in, which is known once the tree is.
      ReadFile read = new ReadFile(file, root, values, keys);
      twice.forEach(t -> problems.add(ProblemKind.DUPLICATE_KEY, file, t.at(), read.entryAt(t.pointer()), t.message()));
      return problems.size() > before ? MissingNode.getInstance() : root;
    } catch (Shared e) {
      problems.add(ProblemKind.YAML_ALIAS, file, mark(e.at), "", ALIASES);
    } catch (MarkedYAMLException e) {
      String what = e.getProblem() == null ? "unreadable" : e.getProblem();
      problems.add(ProblemKind.YAML_SYNTAX, file, e.getProblemMark() == null ? 0 : mark(e.getProblemMark()), "",
          "YAML syntax error: " + firstLine(what) + (e.getContext() == null ? "" : " (" + firstLine(e.getContext()) + ")")
              + "; check the indentation and quotes there");
    } catch (ReaderException e) {
      problems.add(ProblemKind.YAML_SYNTAX, file, Utf8Text.position(text, text.offsetByCodePoints(0, Math.min(e.getPosition(), text.codePointCount(0, text.length())))), "",
          String.format(Locale.ROOT, "character U+%04X cannot be in a YAML file; remove it", e.getCodePoint()));
    } catch (YAMLException e) {
      String what = e.getMessage() == null ? "" : firstLine(e.getMessage());
      problems.add(ProblemKind.YAML_SYNTAX, file, events.last == null ? 0 : mark(events.last.getStartMark()), "",
          what.startsWith("Nesting Depth exceeded")
              ? "lists and maps are nested more than " + Limits.MAX_NESTING + " levels deep; check the indentation"
              : "YAML error: " + what + "; check the file there");
    }
    return MissingNode.getInstance();
  }

  /** An anchor or alias, met at {@code at}: catalog files write every value out. */
  private static final class Shared extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Mark at;

    Shared(Mark at) {
      super(null, null, false, false);
      this.at = at;
    }
  }

  /**
   * The parser's events as the composer takes them, stopping at the first anchor or alias (where
   * the composer would share a node, and say nothing of where the alias was) and remembering the
   * last event taken, where a problem without a place of its own is reported.
   */
  private static final class Events implements Parser {
    private final Parser parser;
    private Event last;

    Events(Parser parser) {
      this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
      return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
      Event event = parser.getEvent();
      last = event;
      if (event instanceof NodeEvent node && node.getAnchor() != null) {
        throw new Shared(event.getStartMark());
      }
      return event;
    }
  }

  private static final Pattern CANONICAL_INT = Pattern.compile("[-+]?(0|[1-9][0-9]*)");

  private static final String ALIASES =
      "anchors (&name) and aliases (*name) are not used in catalog files; write each value out";

  private JsonNode convert(Node node, String pointer) {
    values.put(pointer, mark(node.getStartMark()));
    if (node instanceof MappingNode map) {
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      Map<String, Long> seen = new HashMap<>();
      for (NodeTuple tuple : map.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode scalarKey) || keyNode.getTag().equals(Tag.MERGE)) {
          problems.add(ProblemKind.YAML_SYNTAX, file, mark(keyNode.getStartMark()), "",
              "a key must be plain text, such as title or \"550\"");
          continue;
        }
        String key = scalarKey.getValue();
        long at = mark(keyNode.getStartMark());
        Long first = seen.putIfAbsent(key, at);
        if (first != null) {
          twice.add(new Twice(pointer + ReadFile.step(key), at, "key \"" + key + "\" is written twice (first at line "
              + (first >>> 32) + "); keep one of them"));
          continue;
        }
        String child = pointer + ReadFile.step(key);
        keys.put(child, at);
        object.set(key, convert(tuple.getValueNode(), child));
      }
      return object;
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      int index = 0;
      for (Node item : sequence.getValue()) {
        array.add(convert(item, pointer + "/" + index++));
      }
      return array;
    }
    return scalar((ScalarNode) node);
  }

  /**
   * The value of a scalar as YAML types it: whole numbers, decimals, {@code true} and {@code
   * false}, null for an empty value, and text for everything else ({@code yes}, {@code no} and
   * dates stay text: the catalog has no use for YAML 1.1's other types).
   */
  private static JsonNode scalar(ScalarNode scalar) {
    String value = scalar.getValue();
    Tag tag = scalar.getTag();
    if (tag.equals(Tag.INT)) {
      if (!CANONICAL_INT.matcher(value).matches()) {
        // 0x1F, 0o17, 017, 1_000: YAML 1.1 reads them as numbers; the catalog keeps what was written.
        return TextNode.valueOf(value);
      }
      try {
        long number = Long.parseLong(value.replace("_", ""));
        return number == (int) number ? new IntNode((int) number) : new LongNode(number);
      } catch (NumberFormatException e) {
        return TextNode.valueOf(value);
      }
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return new DoubleNode(Double.parseDouble(value.replace("_", "")));
      } catch (NumberFormatException e) {
        return TextNode.valueOf(value);
      }
    }
    if (tag.equals(Tag.BOOL) && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
      return BooleanNode.valueOf(value.equalsIgnoreCase("true"));
    }
    if (tag.equals(Tag.NULL)) {
      return NullNode.getInstance();
    }
    return TextNode.valueOf(value);
  }

  private static long mark(Mark mark) {
    return (long) (mark.getLine() + 1) << 32 | (mark.getColumn() + 1);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

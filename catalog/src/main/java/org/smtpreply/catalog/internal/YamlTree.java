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
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.smtpreply.catalog.problem.ProblemKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one catalog file into a tree that knows where each value is ({@link ReadFile}), with
 * SnakeYAML's composer: the file is read once, and nothing in it is silently dropped or shared. A
 * second document, an anchor or alias, a duplicate key or a syntax error is a problem with its
 * line and column.
 */
public final class YamlTree {
  /**
   * SnakeYAML stops at 3 M code points by default; a catalog of ten thousand codes (the generator
   * benchmark's) has 9 MB text files, so the guard is raised, not dropped.
   */
  private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  private final String file;
  private final Problems problems;
  private final Map<String, Long> values = new HashMap<>();
  private final Map<String, Long> keys = new HashMap<>();

  private YamlTree(String file, Problems problems) {
    this.file = file;
    this.problems = problems;
  }

  /**
   * Reads {@code reader} (closed here), the file {@code file}; problems go to {@code problems},
   * and a file with a problem reads as empty.
   */
  public static ReadFile read(String file, Reader reader, Problems problems) {
    YamlTree tree = new YamlTree(file, problems);
    JsonNode root = tree.parse(reader);
    return new ReadFile(file, root, Map.copyOf(tree.values), Map.copyOf(tree.keys));
  }

  private JsonNode parse(Reader reader) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setMaxAliasesForCollections(0);
    int before = problems.size();
    try (reader) {
      Iterator<Node> documents = new Yaml(options).composeAll(reader).iterator();
      if (!documents.hasNext()) {
        return MissingNode.getInstance();
      }
      Node document = documents.next();
      if (documents.hasNext()) {
        Node second = documents.next();
        problems.add(ProblemKind.YAML_DOCUMENTS, file, mark(second.getStartMark()), "",
            "a catalog file holds one YAML document; remove the '---' line and what follows,"
                + " or move it to a file of its own");
        return MissingNode.getInstance();
      }
      JsonNode root = document == null ? MissingNode.getInstance() : convert(document, "");
      return problems.size() > before ? MissingNode.getInstance() : root;
    } catch (MarkedYAMLException e) {
      String what = e.getProblem() == null ? "unreadable" : e.getProblem();
      problems.add(what.contains("alias") || what.contains("anchor") ? ProblemKind.YAML_ALIAS : ProblemKind.YAML_SYNTAX,
          file, e.getProblemMark() == null ? 0 : mark(e.getProblemMark()), "",
          what.contains("alias") || what.contains("anchor") ? ALIASES : "YAML syntax error: " + firstLine(what)
              + (e.getContext() == null ? "" : " (" + firstLine(e.getContext()) + ")"));
      return MissingNode.getInstance();
    } catch (YAMLException e) {
      problems.add(ProblemKind.YAML_SYNTAX, file, 0, "", "YAML error: " + firstLine(e.getMessage()));
      return MissingNode.getInstance();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern CANONICAL_INT = Pattern.compile("[-+]?(0|[1-9][0-9]*)");

  private static final String ALIASES =
      "anchors (&name) and aliases (*name) are not used in catalog files; write each value out";

  private JsonNode convert(Node node, String pointer) {
    values.put(pointer, mark(node.getStartMark()));
    if (node.getAnchor() != null) {
      problems.add(ProblemKind.YAML_ALIAS, file, mark(node.getStartMark()), "", ALIASES);
    }
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
          problems.add(ProblemKind.DUPLICATE_KEY, file, at, key, "key \"" + key + "\" is written twice (first at line "
              + (first >>> 32) + "); keep one of them");
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

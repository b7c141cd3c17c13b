package org.smtpreply.catalog.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Map;

/**
 * One catalog file as read: its tree, and where in the file each value and each key starts, so
 * that any later check names the line and column without reading the file again.
 *
 * @param file      the file, as problems name it
 * @param root      the tree; a missing node for an absent or empty file
 * @param values    by JSON pointer ({@code /0/code}), where the value starts: {@code line << 32 | column}
 * @param keys      by JSON pointer of a map's field ({@code /550/title}), where its key starts
 */
public record ReadFile(String file, JsonNode root, Map<String, Long> values, Map<String, Long> keys) {

  /** An absent file named {@code file}: no tree, no positions. */
  public static ReadFile empty(String file) {
    return new ReadFile(file, MissingNode.getInstance(), Map.of(), Map.of());
  }

  /** Whether the file had anything in it. */
  public boolean isEmpty() {
    return root.isMissingNode();
  }

  /** The line of the value at {@code pointer}, or of its nearest parent that has one. */
  public int line(String pointer) {
    return (int) (position(pointer) >>> 32);
  }

  /** The column of the value at {@code pointer}, or of its nearest parent that has one. */
  public int column(String pointer) {
    return (int) position(pointer);
  }

  /**
   * Where the key of the field at {@code pointer} starts, or its value when it has no key (a list
   * item), or the nearest parent's.
   */
  public long keyPosition(String pointer) {
    Long key = keys.get(pointer);
    return key != null ? key : position(pointer);
  }

  /** Where the value at {@code pointer} (or its nearest parent) starts. */
  public long position(String pointer) {
    String p = pointer;
    while (true) {
      Long at = values.get(p);
      if (at != null) {
        return at;
      }
      if (p.isEmpty()) {
        return 1L << 32 | 1;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /**
   * The entry the value at {@code pointer} belongs to, as problems name it: in a list file the
   * innermost list item on the way that has a {@code code} (or {@code id}) as written (a
   * provider's reply rather than the provider), else the first item's number ({@code #3}); in a
   * map file the key; empty for the file itself.
   */
  public String entryAt(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    String[] steps = pointer.substring(1).split("/", -1);
    String first = unescape(steps[0]);
    if (!root.isArray()) {
      return first;
    }
    String entry = "#" + (Integer.parseInt(first) + 1);
    JsonNode node = root;
    for (String raw : steps) {
      String step = unescape(raw);
      boolean index = node.isArray() && step.chars().allMatch(Character::isDigit) && !step.isEmpty();
      node = index ? node.path(Integer.parseInt(step)) : node.path(step);
      if (index) {
        for (String name : new String[] {"code", "id"}) {
          JsonNode id = node.path(name);
          if (id.isValueNode() && !id.isNull() && !id.asText().isBlank()) {
            entry = id.asText();
            break;
          }
        }
      }
    }
    return entry;
  }

  private static String unescape(String step) {
    return step.replace("~1", "/").replace("~0", "~");
  }

  /** A JSON pointer step for {@code key}, escaped as RFC 6901 asks. */
  public static String step(String key) {
    return "/" + key.replace("~", "~0").replace("/", "~1");
  }
}

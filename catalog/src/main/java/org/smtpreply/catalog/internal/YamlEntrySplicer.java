package org.smtpreply.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces, adds or removes whole entries of a locale's text file (a map at the top level) and
 * leaves every other byte as it was, so that an import changes only what a translator changed
 * and reviewers see a small diff.
 *
 * <p>An entry runs from its key line (a line starting in column 1) up to the next one, less the
 * blank and comment lines just before the next, which belong to that next entry.
 */
public final class YamlEntrySplicer {
  private static final Pattern KEY = Pattern.compile("(\"([^\"\\\\]*)\"|'([^']*)'|([^\\s#'\"\\-][^:#]*?)):(\\s.*)?");

  private YamlEntrySplicer() {}

  /**
   * {@code original} with each entry of {@code replaced} (key to its emitted block, or null to
   * remove it) put in place of the entry with that key; keys the file lacks are inserted before
   * the first entry that follows them in {@code order}, or appended.
   */
  public static String splice(String original, Map<String, String> replaced, List<String> order) {
    List<String> lines = new ArrayList<>(List.of(original.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    for (Map.Entry<String, String> change : replaced.entrySet()) {
      List<Block> blocks = blocks(lines);
      Block existing = blocks.stream().filter(b -> b.key.equals(change.getKey())).findFirst().orElse(null);
      List<String> block = change.getValue() == null ? List.of() : List.of(change.getValue().stripTrailing().split("\n"));
      if (existing != null) {
        replace(lines, existing, block);
      } else if (!block.isEmpty()) {
        insert(lines, blocks, change.getKey(), block, order);
      }
    }
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  private static void replace(List<String> lines, Block existing, List<String> block) {
    List<String> tail = new ArrayList<>(lines.subList(existing.end, lines.size()));
    lines.subList(existing.start, lines.size()).clear();
    if (block.isEmpty()) {
      // Removing an entry also removes the blank lines that separated it from the next one.
      while (!tail.isEmpty() && tail.get(0).isBlank() && (existing.start == 0 || lines.get(existing.start - 1).isBlank())) {
        tail.remove(0);
      }
    }
    lines.addAll(block);
    lines.addAll(tail);
  }

  private static void insert(List<String> lines, List<Block> blocks, String key, List<String> block, List<String> order) {
    int rank = order.indexOf(key);
    Block next = blocks.stream()
        .filter(b -> order.indexOf(b.key) > rank)
        .findFirst()
        .orElse(null);
    if (next == null) {
      if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
        lines.add("");
      }
      lines.addAll(block);
      return;
    }
    int at = next.leading;
    List<String> insertion = new ArrayList<>(block);
    insertion.add("");
    lines.addAll(at, insertion);
  }

  /** The entries of the file, in order. */
  private static List<Block> blocks(List<String> lines) {
    List<Integer> starts = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#") || line.startsWith("---")) {
        continue;
      }
      Matcher m = KEY.matcher(line);
      if (m.matches()) {
        starts.add(i);
        keys.add(m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4).strip());
      }
    }
    List<Block> blocks = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int start = starts.get(k);
      int limit = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
      int end = limit;
      while (end > start + 1 && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith("#"))) {
        end--;
      }
      int leading = start;
      while (leading > 0 && lines.get(leading - 1).startsWith("#")) {
        leading--;
      }
      blocks.add(new Block(keys.get(k), leading, start, end));
    }
    return blocks;
  }

  /** An entry: its key, its first leading comment line, its key line, and the line after its last. */
  private record Block(String key, int leading, int start, int end) {}
}

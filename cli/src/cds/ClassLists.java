import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A step of the CLI's build, not part of the CLI: merges the class lists that training runs of
 * {@code explain} wrote ({@code -XX:DumpLoadedClassList}) into one, each line once, in the order
 * first seen, so that one class-data archive holds the classes of every way {@code explain} runs.
 * Run by the build with Java's source launcher: {@code java ClassLists.java OUT IN...}.
 */
public final class ClassLists {
  private ClassLists() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: java ClassLists.java OUT IN...");
    }
    Set<String> lines = new LinkedHashSet<>();
    for (int i = 1; i < args.length; i++) {
      for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    }
    Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
  }
}

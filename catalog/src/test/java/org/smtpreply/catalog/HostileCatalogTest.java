package org.smtpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.catalog.problem.Problem;
import org.smtpreply.catalog.problem.ProblemKind;
import org.smtpreply.fixtures.CatalogCopy;

/**
 * The catalog defects of the adversarial review (D5, D6, D9, D12, D15, D18), each a catalog
 * broken the way the review broke it: refused with one located line per mistake, never a Java
 * name, never an echo flood, never silently accepted.
 */
class HostileCatalogTest {
  @TempDir Path dir;

  private List<Problem> problemsOf(Path catalog, Path... extras) {
    CatalogException e = assertThrows(CatalogException.class,
        () -> CatalogLoader.directory(catalog).withExtras(List.of(extras)).load());
    for (Problem problem : e.details()) {
      String line = problem.toString();
      assertFalse(line.contains("java.") || line.contains("Exception") || line.contains("\n"), line);
      assertTrue(line.contains("; "), () -> "says what to do: " + line);
    }
    return e.details();
  }

  private Problem single(Path catalog, Path... extras) {
    List<Problem> problems = problemsOf(catalog, extras);
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }

  private static void assertAt(Problem problem, Path file, int line, String message) {
    assertEquals(file.toString(), problem.file(), problem::toString);
    assertEquals(line, problem.line(), problem::toString);
    assertTrue(problem.message().contains(message), problem::toString);
  }

  /** D5: a symbolic link that loops, once in the catalog folder and once as the extra file. */
  @Test
  void aSymbolicLinkThatLoopsIsOneLineNotATrace() throws IOException {
    CatalogCopy copy = CatalogCopy.into(dir.resolve("catalog"));
    Path basic = copy.root().resolve("basic.yaml");
    Files.delete(basic);
    Files.createSymbolicLink(basic, Path.of("basic.yaml"));
    Problem problem = single(copy.root());
    assertEquals(ProblemKind.FILE_UNREADABLE, problem.kind());
    assertEquals(basic + ": is a symbolic link that loops (basic.yaml); the catalog needs a readable file here",
        problem.toString());

    Path loop = dir.resolve("loop.yaml");
    Files.createSymbolicLink(loop, loop.getFileName());
    assertEquals(loop + ": is a symbolic link that loops (loop.yaml); the catalog needs a readable file here",
        single(CatalogCopy.into(dir.resolve("other")).root(), loop).toString());
  }

  /** D5: --catalog-dir naming a file gave one trace per file the catalog has. */
  @Test
  void aCatalogFolderThatIsAFileIsOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("README.md"), "# not a catalog\n");
    assertEquals(file + ": is a file, not a catalog folder; give a folder laid out like catalog/data", single(file).toString());
    assertEquals(dir.resolve("nowhere") + ": no such catalog folder; give a folder laid out like catalog/data",
        single(dir.resolve("nowhere")).toString());
  }

  /** D5: --catalog / threw a NullPointerException: the root folder has no file name. */
  @Test
  void anExtraCatalogThatIsAFolderIsOneLine() {
    Path catalog = CatalogCopy.into(dir.resolve("catalog")).root();
    Path root = dir.getRoot();
    assertEquals(root + ": is a folder, not a file; the catalog needs a readable file here",
        single(catalog, root).toString());
    assertEquals(dir + ": is a folder, not a file; the catalog needs a readable file here", single(catalog, dir).toString());
  }

  /** D5 and D15: a folder where a file should be, a dangling link (51 "no text" lines), an unreadable file. */
  @Test
  void aFileThatCannotBeReadIsNamedWithWhy() throws IOException {
    CatalogCopy copy = CatalogCopy.into(dir.resolve("catalog"));
    Path en = copy.root().resolve("en/basic.yaml");
    Files.delete(en);
    Files.createDirectory(en);
    assertEquals(en + ": is a folder, not a file; the catalog needs a readable file here", single(copy.root()).toString());

    Files.delete(en);
    Files.copy(CatalogCopy.DATA.resolve("en/basic.yaml"), en);
    Path es = copy.root().resolve("es/basic.yaml");
    Files.delete(es);
    Files.createSymbolicLink(es, Path.of("moved-away.yaml"));
    assertEquals(es + ": is a symbolic link to moved-away.yaml, which does not exist; the catalog needs a readable file here",
        single(copy.root()).toString());

    Files.delete(es);
    Files.copy(CatalogCopy.DATA.resolve("es/basic.yaml"), es);
    Files.setPosixFilePermissions(es, PosixFilePermissions.fromString("---------"));
    if (!Files.isReadable(es)) {
      assertEquals(es + ": is not readable (permission denied); the catalog needs a readable file here",
          single(copy.root()).toString());
      return;
    }
    // Root reads any file whatever its permissions (CI runs as root): a file that fails when read
    // stands in for it. Linux's /proc/self/mem cannot be read from its start (an input/output error).
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.exists(mem), "neither an unreadable file nor /proc/self/mem on this system");
    Files.delete(es);
    Files.createSymbolicLink(es, mem);
    assertEquals(es + ": cannot be read (Input/output error); the catalog needs a readable file here",
        single(copy.root()).toString());
  }

  /** D6: an alias was read as the anchor's name ("t"): published as the title of 220. */
  @Test
  void anchorsAndAliasesAreRefusedWhereTheyStart() {
    CatalogCopy copy = CatalogCopy.into(dir.resolve("catalog"))
        .replace("en/basic.yaml", "title: \"Help message\"", "title: &t \"Help message\"")
        .replace("en/basic.yaml", "title: \"Service ready\"", "title: *t");
    Problem problem = single(copy.root());
    assertEquals(ProblemKind.YAML_ALIAS, problem.kind());
    assertAt(problem, copy.root().resolve("en/basic.yaml"), copy.lineOf("en/basic.yaml", "&t"),
        "anchors (&name) and aliases (*name) are not used in catalog files; write each value out");

    // Billion laughs: anchored lists, each aliased ten times by the next.
    StringBuilder laughs = new StringBuilder("\"220\":\n  title: x\n  causes: &a0 [lol, lol]\n");
    for (int i = 1; i < 9; i++) {
      laughs.append("  c").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ", ").repeat(9))
          .append("*a").append(i - 1).append("]\n");
    }
    CatalogCopy other = CatalogCopy.into(dir.resolve("other"));
    other.write("es/basic.yaml", laughs.toString());
    Problem laugh = single(other.root());
    assertEquals(ProblemKind.YAML_ALIAS, laugh.kind(), laugh::toString);
    assertEquals(3, laugh.line(), laugh::toString);
  }

  /** D12: code: 214.5 was read as 214. */
  @Test
  void aDecimalCodeIsRefused() {
    CatalogCopy copy = CatalogCopy.into(dir.resolve("catalog")).replace("basic.yaml", "code: 214\n", "code: 214.5\n");
    assertAt(single(copy.root()), copy.root().resolve("basic.yaml"), copy.lineOf("basic.yaml", "code: 214.5"),
        "field 'code' has the wrong kind of value; expected a whole number");
  }

  /** D12: a second YAML document was ignored. */
  @Test
  void aSecondDocumentIsRefused() {
    CatalogCopy copy = CatalogCopy.into(dir.resolve("catalog")).append("enhanced.yaml", "---\n- code: 577\n  constant: X\n");
    Problem problem = single(copy.root());
    assertEquals(ProblemKind.YAML_DOCUMENTS, problem.kind());
    assertAt(problem, copy.root().resolve("enhanced.yaml"), copy.lineOf("enhanced.yaml", "- code: 577"),
        "a catalog file holds one YAML document");
  }

  /** D18: a section went into the RFC link's fragment as written. */
  @Test
  void aSectionThatIsNotASectionNumberIsRefused() {
    CatalogCopy copy = CatalogCopy.into(dir.resolve("catalog"))
        .replace("basic.yaml", "section: \"4.2.3\"", "section: \"4.2.3\\\" onclick=\\\"x\"");
    assertAt(single(copy.root()), copy.root().resolve("basic.yaml"), copy.lineOf("basic.yaml", "onclick"),
        "must be a section number such as 4.2.3");
  }

  /** D19: a right-to-left override in a title reversed what followed it in headings, titles and search results. */
  @Test
  void bidirectionalControlsInATextAreRefused() {
    CatalogCopy copy = CatalogCopy.into(dir.resolve("catalog"))
        .replace("en/basic.yaml", "title: \"Help message\"", "title: \"Help \\u202Eegassem\"");
    Problem problem = single(copy.root());
    assertEquals(ProblemKind.BAD_VALUE, problem.kind(), problem::toString);
    assertAt(problem, copy.root().resolve("en/basic.yaml"), copy.lineOf("en/basic.yaml", "egassem"),
        "'title' holds a bidirectional control character (U+202A to U+202E or U+2066 to U+2069)");
    assertEquals("214", problem.entry(), problem::toString);
  }

  /** D15: bytes that are not UTF-8 gave "java.nio.charset.MalformedInputException: Input length = 1" at 1:1. */
  @Test
  void bytesThatAreNotUtf8AreLocated() throws IOException {
    CatalogCopy copy = CatalogCopy.into(dir.resolve("catalog"));
    Path es = copy.root().resolve("es/basic.yaml");
    String text = copy.read("es/basic.yaml");
    int line = copy.lineOf("es/basic.yaml", "\"550\":") + 1;
    int at = text.indexOf("\"550\":\n  title: ") + "\"550\":\n  title: ".length();
    byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9;
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Files.write(es, bytes);
    Problem problem = single(copy.root());
    assertEquals(es + ":" + line + ":10: byte 0xE9 is not UTF-8; save the file as UTF-8",
        problem.toString());
  }

  /** D15: deep nesting gave "... from StreamReadConstraints.getMaxNestingDepth()" with no line:column. */
  @Test
  void deepNestingIsLocated() {
    CatalogCopy copy = CatalogCopy.into(dir.resolve("catalog"))
        .append("en/guides.yaml", "deep: " + "[".repeat(500) + "]".repeat(500) + "\n");
    Problem problem = single(copy.root());
    assertEquals(copy.lineOf("en/guides.yaml", "deep: "), problem.line(), problem::toString);
    assertTrue(problem.column() > 50, problem::toString);
    assertTrue(problem.message().startsWith("lists and maps are nested more than 50 levels deep"), problem::toString);
  }

  /** D15: a key twice inside an entry named the key as the entry ("entry constant"). */
  @Test
  void aKeyWrittenTwiceInsideAnEntryNamesTheEntry() {
    CatalogCopy copy = CatalogCopy.into(dir.resolve("catalog"))
        .replace("basic.yaml", "- code: 421\n", "- code: 421\n  constant: SERVICE_CLOSING\n");
    Problem problem = single(copy.root());
    assertEquals(ProblemKind.DUPLICATE_KEY, problem.kind());
    assertEquals("421", problem.entry(), problem::toString);
    assertTrue(problem.message().matches("key \"constant\" is written twice \\(first at line \\d+\\); keep one of them"),
        problem::toString);
  }

  /** D15: an extra catalog's code of the wrong type gave "entry :", with no entry name. */
  @Test
  void anEntryWithoutAUsableCodeIsNamedByItsNumber() throws IOException {
    Path extra = Files.writeString(dir.resolve("extra.yaml"), ExtraCatalogTest.entry("\"\"", "EXAMPLE_BLOCK", "Example", "550"));
    Problem problem = problemsOf(CatalogCopy.into(dir.resolve("catalog")).root(), extra).get(0);
    assertEquals("#1", problem.entry(), problem::toString);
  }

  /** D15: an empty basic.yaml gave 272 lines, a comment-only enhanced.yaml 355; none said the file was empty. */
  @Test
  void anEmptyFileIsOneLineNotAnEchoFlood() {
    CatalogCopy copy = CatalogCopy.into(dir.resolve("catalog"));
    copy.write("basic.yaml", "");
    assertEquals(copy.root().resolve("basic.yaml") + ": has no entries; the catalog needs its entries here",
        single(copy.root()).toString());

    CatalogCopy other = CatalogCopy.into(dir.resolve("other"));
    other.write("enhanced.yaml", "# nothing but a comment\n");
    assertEquals(other.root().resolve("enhanced.yaml") + ": has no entries; the catalog needs its entries here",
        single(other.root()).toString());

    CatalogCopy texts = CatalogCopy.into(dir.resolve("texts"));
    texts.write("es/enhanced.yaml", "");
    Problem problem = single(texts.root());
    assertEquals(ProblemKind.MISSING_TEXT, problem.kind());
    assertEquals(texts.root().resolve("es/enhanced.yaml") + ": file is missing or empty, but the Español texts of "
        + texts.root().resolve("enhanced.yaml") + " belong here; write them, or mark the locale partial: true in locales.yaml",
        problem.toString());
  }

  /**
   * D9: one title made of a single 8 MB token took 20 s to load (SnakeYAML copies its look-ahead at
   * every 1024 characters): a line longer than the limit is refused before the parser sees it.
   */
  @Test
  void aLineLongerThanTheLimitIsRefusedAtItsPlace() {
    CatalogCopy copy = CatalogCopy.into(dir.resolve("catalog"));
    int line = copy.lineOf("en/basic.yaml", "title: \"Help message\"");
    copy.replace("en/basic.yaml", "title: \"Help message\"", "title: \"" + "A".repeat(8 * 1024 * 1024) + "\"");
    Problem problem = single(copy.root());
    assertEquals(ProblemKind.TOO_LARGE, problem.kind());
    assertEquals(copy.root().resolve("en/basic.yaml") + ":" + line + ":16385: line " + line + " has 8,388,619 characters,"
        + " more than the 16,384 a line may hold; break the text over several lines (a folded text, >-, joins them with spaces)",
        problem.toString());
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedUnread() throws IOException {
    CatalogCopy copy = CatalogCopy.into(dir.resolve("catalog"));
    Path guides = copy.root().resolve("es/guides.yaml");
    Files.write(guides, new byte[33 * 1024 * 1024]);
    Problem problem = single(copy.root());
    assertEquals(ProblemKind.TOO_LARGE, problem.kind());
    assertEquals(guides + ": is larger than 32 MB, the most a catalog file may hold; split it or shorten its texts",
        problem.toString());
  }
}

package org.smtpreply.processor.codegen;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogLoader;
import org.smtpreply.catalog.EntryText;

/**
 * The generated constants compared with stored golden files, byte for byte (Javadoc, order and
 * layout included), and compiled. Run with {@code -Dgolden.update=true} to rewrite the golden
 * files after an intended change, then review the diff.
 */
class ConstantsGeneratorTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  private static String golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return actual;
    }
    try (InputStream in = ConstantsGeneratorTest.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new AssertionError("no golden file " + name + "; run once with -Dgolden.update=true and review it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Catalog mini() throws URISyntaxException {
    return CatalogLoader.directory(Path.of(ConstantsGeneratorTest.class.getResource("/minicatalog").toURI())).load();
  }

  @Test
  void constantsMatchTheirGoldenFilesAndCompile() throws IOException, URISyntaxException {
    Catalog mini = mini();
    ConstantsGenerator generator = new ConstantsGenerator(mini.facts(),
        id -> mini.ownText(id, "en").map(EntryText::summary).orElse(""),
        Optional.of(ConstantsGenerator.pagesAddress("https://mail-docs.example.com", "en")));
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFile file : List.of(generator.replyCodes(ConstantsGenerator.BUILT_IN_PACKAGE, List.of()),
        generator.enhancedCodes(ConstantsGenerator.BUILT_IN_PACKAGE, List.of()),
        generator.extraReplyCodes("com.example.mail", List.of(mini.basic(577).orElseThrow()), List.of()))) {
      String name = file.typeSpec().name() + ".java";
      String actual = file.toString();
      assertThat(actual).isEqualTo(golden(name, actual));
      sources.add(JavaFileObjects.forSourceString(file.packageName() + "." + file.typeSpec().name(), actual));
    }
    assertThat(javac().withOptions("-Xlint:all", "-Xdoclint:all/protected").compile(sources)).succeededWithoutWarnings();
  }

  @Test
  void aPagesAddressMustBeSafeToWriteInJavadoc() {
    assertThat(ConstantsGenerator.pagesAddress("https://docs.example.com/mail", "es"))
        .isEqualTo("https://docs.example.com/mail/es/");
    for (String bad : List.of("docs.example.com", "javascript:alert(1)", "https://x.example/\"><script>",
        "https://x.example/ a", "https://x.example/\\u002a/")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ConstantsGenerator.pagesAddress(bad, "en"));
      assertThat(e.getMessage()).contains("is not an absolute http or https address");
    }
  }
}

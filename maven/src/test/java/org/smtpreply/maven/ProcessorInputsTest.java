package org.smtpreply.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals read the processor's options as the compilation gives them, and notice when they change. */
class ProcessorInputsTest {
  @Test
  void readsTheSmtpReplyOptionsAmongTheCompilerArguments() {
    ProcessorInputs inputs = ProcessorInputs.parse(List.of("-Xlint:all", "-Werror",
        " -Asmtpreply.catalog=/org/a.yaml, relative/b.yaml ", "-Asmtpreply.siteUrl=https://docs.example.com/",
        "-Aother.option=x"));
    assertEquals(List.of(Path.of("/org/a.yaml"), Path.of("/base/relative/b.yaml")), inputs.catalogs(Path.of("/base")));
    assertEquals(Optional.of("https://docs.example.com/"), inputs.siteUrl());
    assertEquals(List.of("smtpreply.catalog", "smtpreply.siteUrl"), List.copyOf(inputs.options().keySet()));
  }

  @Test
  void noOptionMeansNoCatalogAndNoAddress() {
    ProcessorInputs inputs = ProcessorInputs.parse(List.of("-Asmtpreply.siteUrl="));
    assertEquals(List.of(), inputs.catalogs(Path.of("/base")));
    assertEquals(Optional.empty(), inputs.siteUrl());
  }

  @Test
  void theFingerprintChangesWithTheCatalogsTextAndWithAnOption(@TempDir Path dir) throws IOException {
    Path catalog = dir.resolve("extra.yaml");
    String missing = TrackInputsMojo.fingerprint(Map.of(), List.of(catalog));
    Files.writeString(catalog, "- code: 577\n");
    String first = TrackInputsMojo.fingerprint(Map.of(), List.of(catalog));
    assertNotEquals(missing, first);
    assertEquals(first, TrackInputsMojo.fingerprint(Map.of(), List.of(catalog)));
    Files.writeString(catalog, "- code: 578\n");
    String edited = TrackInputsMojo.fingerprint(Map.of(), List.of(catalog));
    assertNotEquals(first, edited);
    assertNotEquals(edited, TrackInputsMojo.fingerprint(Map.of("smtpreply.constantsPackage", "com.example"),
        List.of(catalog)));
  }
}

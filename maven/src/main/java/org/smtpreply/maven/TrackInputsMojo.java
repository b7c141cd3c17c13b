package org.smtpreply.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Makes the next compilation see the processor's inputs that javac cannot: maven-compiler-plugin
 * recompiles when a source changes, not when the extra catalog or a {@code -Asmtpreply.*} option
 * does, so the constants and the registry would stay as they were until {@code mvn clean}. This goal
 * keeps a fingerprint of those inputs and, when it differs from the last build's, removes the compiled
 * classes and the processor's generated sources, so that the compilation that follows runs the
 * processor again over the whole module.
 */
@Mojo(name = "track-inputs", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class TrackInputsMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Where the processor's sources are generated (maven-compiler-plugin's {@code generatedSourcesDirectory}). */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/annotations", required = true)
  private File generatedSourcesDirectory;

  /** The compiled classes of the main compilation. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  private File outputDirectory;

  /** The fingerprint of the last build's inputs. */
  @Parameter(defaultValue = "${project.build.directory}/smtp-reply/inputs.sha256", required = true)
  private File stamp;

  @Override
  public void execute() throws MojoExecutionException {
    ProcessorInputs inputs = ProcessorInputs.of(project);
    String now = fingerprint(inputs.options(), inputs.catalogs(project.getBasedir().toPath()));
    Path last = stamp.toPath();
    try {
      String before = Files.isRegularFile(last) ? Files.readString(last, StandardCharsets.UTF_8).strip() : null;
      if (now.equals(before)) {
        getLog().debug("smtp-reply: the processor's inputs are unchanged");
        return;
      }
      if (before != null || Files.isDirectory(generatedSourcesDirectory.toPath())) {
        getLog().info("smtp-reply: the extra catalog or a -Asmtpreply option changed since the last build;"
            + " the module is compiled again");
        deleteTree(generatedSourcesDirectory.toPath());
        deleteClasses(outputDirectory.toPath());
      }
      Files.createDirectories(last.getParent());
      Files.writeString(last, now + System.lineSeparator(), StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException("smtp-reply: could not update " + last + ": " + e.getMessage()
          + "; run mvn clean compile", e);
    }
  }

  /**
   * A digest of every option (name and value) and of each catalog file's path and content; a missing
   * file counts as such, so creating it changes the fingerprint.
   */
  static String fingerprint(Map<String, String> options, List<Path> catalogs) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      options.forEach((k, v) -> digest.update(("option " + k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
      for (Path file : catalogs) {
        digest.update(("catalog " + file + "\n").getBytes(StandardCharsets.UTF_8));
        if (Files.isRegularFile(file)) {
          digest.update(Files.readAllBytes(file));
        } else {
          digest.update("(missing)\n".getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Removes the class files and the usage index, keeping the resources copied beside them. */
  private static void deleteClasses(Path classes) throws IOException {
    if (!Files.isDirectory(classes)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(classes)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".class") || p.endsWith(Path.of("META-INF", "smtp-reply", "usages.json"))) {
          Files.delete(p);
        }
      }
    }
  }
}

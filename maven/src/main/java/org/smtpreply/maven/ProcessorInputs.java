package org.smtpreply.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The processor's {@code -Asmtpreply.*} options as the project gives them to maven-compiler-plugin
 * (its {@code compilerArgs}, of the plugin or of its {@code default-compile} execution), so the goals
 * read the same extra catalog and site address as the compilation without the user saying them twice.
 *
 * @param options every {@code smtpreply.*} option by name, in name order
 */
record ProcessorInputs(Map<String, String> options) {
  /** The option naming the extra catalog files, separated by commas. */
  static final String CATALOG = "smtpreply.catalog";
  /** The option giving the address the docs are published at. */
  static final String SITE_URL = "smtpreply.siteUrl";

  private static final String COMPILER = "org.apache.maven.plugins:maven-compiler-plugin";

  /** Copies the map, in name order. */
  ProcessorInputs {
    options = new TreeMap<>(options);
  }

  /** The options of {@code project}'s main compilation. */
  static ProcessorInputs of(MavenProject project) {
    Plugin compiler = project.getBuild().getPluginsAsMap().get(COMPILER);
    if (compiler == null) {
      return parse(List.of());
    }
    List<String> args = new ArrayList<>(compilerArgs(compiler.getConfiguration()));
    PluginExecution main = compiler.getExecutionsAsMap().get("default-compile");
    if (main != null) {
      args.addAll(compilerArgs(main.getConfiguration()));
    }
    return parse(args);
  }

  /** The {@code smtpreply.*} options among javac arguments; a later one wins. */
  static ProcessorInputs parse(List<String> compilerArgs) {
    Map<String, String> options = new TreeMap<>();
    for (String arg : compilerArgs) {
      String a = arg.strip();
      if (!a.startsWith("-Asmtpreply.")) {
        continue;
      }
      int equals = a.indexOf('=');
      options.put(equals < 0 ? a.substring(2) : a.substring(2, equals), equals < 0 ? "" : a.substring(equals + 1));
    }
    return new ProcessorInputs(options);
  }

  /** The extra catalog files the processor reads, relative paths against {@code basedir}. */
  List<Path> catalogs(Path basedir) {
    return Arrays.stream(options.getOrDefault(CATALOG, "").split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).map(basedir::resolve).toList();
  }

  /** Where the processor's constants link to: the docs' address, when given. */
  Optional<String> siteUrl() {
    return Optional.ofNullable(options.get(SITE_URL)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static List<String> compilerArgs(Object configuration) {
    if (!(configuration instanceof Xpp3Dom dom) || dom.getChild("compilerArgs") == null) {
      return List.of();
    }
    return Arrays.stream(dom.getChild("compilerArgs").getChildren()).map(Xpp3Dom::getValue)
        .filter(v -> v != null).toList();
  }
}

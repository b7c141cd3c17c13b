package org.smtpreply.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Fixture sources and the compiler that runs the processor on them, as a user's build would. */
final class Fixtures {
  private Fixtures() {}

  /** A source in package {@code test} with the annotation imported. */
  static JavaFileObject source(String simpleName, String... body) {
    List<String> lines = new ArrayList<>(List.of(
        "package test;",
        "import org.smtpreply.annotation.SmtpReply;"));
    lines.addAll(List.of(body));
    return JavaFileObjects.forSourceLines("test." + simpleName, lines);
  }

  /** Compiles with the processor and the given {@code -A} options ({@code key=value}). */
  static Compilation compile(List<String> options, JavaFileObject... sources) {
    List<String> args = new ArrayList<>();
    options.forEach(o -> args.add("-A" + o));
    return javac().withProcessors(new SmtpReplyProcessor()).withOptions(args).compile(sources);
  }

  /** Compiles with the processor and no options. */
  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }
}

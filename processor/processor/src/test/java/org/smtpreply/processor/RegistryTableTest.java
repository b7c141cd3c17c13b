package org.smtpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The registry keeps its replies in a table of string literals; a codebase with thousands of
 * replies, and reply texts with quotes, backslashes, tabs and non-ASCII, must still compile.
 */
class RegistryTableTest {

  @Test
  void thousandsOfRepliesWithAwkwardTextsCompileAndReadBackUnchanged() throws Exception {
    Random random = new Random(4);
    String alphabet = "abc \"\\\t{}$%ñé€😀";
    List<JavaFileObject> sources = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    StringBuilder body = new StringBuilder("package big;\nimport org.smtpreply.annotation.SmtpReply;\nfinal class Many {\n");
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder("Text ").append(i).append(' ');
      for (int j = 0; j < 40; j++) {
        text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      texts.add(text.toString());
      body.append("  @SmtpReply(code = 550, smtputf8 = true, text = \"")
          .append(text.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t"))
          .append("\") static final int C").append(i).append(" = ").append(i).append(";\n");
    }
    sources.add(JavaFileObjects.forSourceString("big.Many", body.append("}\n").toString()));
    Compilation compilation = Fixtures.compile(sources.toArray(new JavaFileObject[0]));
    assertThat(compilation).succeededWithoutWarnings();
    String registry = compilation.generatedSourceFile("big.SmtpReplyRegistry").orElseThrow().getCharContent(false).toString();
    assertThat(registry).contains("\\u20ac");
    assertThat(registry.lines().filter(l -> l.endsWith("\",")).count()).isEqualTo(2_000L / 50);

    Class<?> type = new GeneratedClasses(compilation).loadClass("big.SmtpReplyRegistry");
    List<?> all = (List<?>) type.getMethod("all").invoke(null);
    assertThat(all).hasSize(2_000);
    Object first = all.get(0);
    Method text = first.getClass().getMethod("text");
    Method element = first.getClass().getMethod("element");
    for (Object reply : all) {
      int i = Integer.parseInt(((String) element.invoke(reply)).substring("big.Many.C".length()));
      assertThat(text.invoke(reply)).isEqualTo(texts.get(i));
    }
    Method forConstant = type.getMethod("forConstant", Class.class, String.class);
    Class<?> many = type.getClassLoader().loadClass("big.Many");
    assertThat(forConstant.invoke(null, many, "C7").toString()).contains("element=big.Many.C7,");
  }
}

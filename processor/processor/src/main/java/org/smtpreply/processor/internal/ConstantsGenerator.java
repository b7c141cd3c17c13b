package org.smtpreply.processor.internal;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.smtpreply.catalog.CatalogFacts;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.core.ReplyClass;

/**
 * Generates {@code ReplyCodes} (basic codes as {@code int}) and {@code EnhancedCodes} (enhanced
 * codes as {@code String}) from the catalog, in catalog order, with the English texts as Javadoc.
 * Compile-time constants, so they can be used inside {@code @SmtpReply}.
 */
public final class ConstantsGenerator {
  /** The simple name of the basic-code constants class. */
  public static final String REPLY_CODES = "ReplyCodes";
  /** The simple name of the enhanced-code constants class. */
  public static final String ENHANCED_CODES = "EnhancedCodes";

  private static final Map<Integer, String> FORM = Map.of(2, "SUCCESS", 4, "TRANSIENT", 5, "PERMANENT");

  private final CatalogFacts catalog;

  /** Generates from {@code catalog}, with Javadoc in its source locale. */
  public ConstantsGenerator(CatalogFacts catalog) {
    this.catalog = catalog;
  }

  /** The {@code ReplyCodes} source file. */
  public JavaFile replyCodes(String packageName, List<? extends Element> originating) {
    TypeSpec.Builder type = TypeSpec.classBuilder(REPLY_CODES)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The SMTP basic reply codes of the catalog, for {@code @SmtpReply(code = ...)}.\n")
        .addJavadoc("\n<p>Generated from the SMTP reply catalog; do not edit.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    originating.forEach(type::addOriginatingElement);
    for (ReplyCode code : catalog.basicCodes()) {
      String title = catalog.title(code.id());
      FieldSpec.Builder field = FieldSpec.builder(int.class, code.constant(),
              Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .initializer("$L", code.code())
          .addJavadoc("$L $L.\n", code.code(), javadoc(title))
          .addJavadoc("\n<p>$L.", describe(code.replyClass()));
      if (code.isStandard()) {
        field.addJavadoc(" $L.\n", code.references().stream().map(r -> r.label()).collect(Collectors.joining(", ")));
      } else {
        field.addJavadoc(" Non-standard: $L.\n", javadoc(code.origin().orElse("")));
      }
      type.addField(field.build());
    }
    return file(packageName, type.build());
  }

  /** The {@code EnhancedCodes} source file: one constant per class form of each registry code. */
  public JavaFile enhancedCodes(String packageName, List<? extends Element> originating) {
    TypeSpec.Builder type = TypeSpec.classBuilder(ENHANCED_CODES)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The enhanced status codes of the IANA registry (RFC 3463), for\n")
        .addJavadoc("{@code @SmtpReply(enhanced = ...)}, one constant per class form.\n")
        .addJavadoc("\n<p>Generated from the SMTP reply catalog; do not edit.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    originating.forEach(type::addOriginatingElement);
    for (EnhancedCode code : catalog.enhancedCodes()) {
      String title = catalog.title(code.code());
      for (int form : code.classes()) {
        String rfcs = code.rfcs().stream().map(r -> "RFC " + r).collect(Collectors.joining(", "));
        type.addField(FieldSpec.builder(String.class, code.constant() + "_" + FORM.get(form),
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", code.in(form))
            .addJavadoc("$L $L.\n", code.in(form), javadoc(title))
            .addJavadoc("\n<p>$L. $L.\n", describe(ReplyClass.ofDigit(form)), rfcs)
            .build());
      }
    }
    return file(packageName, type.build());
  }

  private static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }

  private static String describe(ReplyClass replyClass) {
    return switch (replyClass) {
      case POSITIVE_COMPLETION -> "Positive completion: not a bounce";
      case POSITIVE_INTERMEDIATE -> "Positive intermediate: the server waits for more";
      case TRANSIENT_NEGATIVE -> "Transient negative completion: a soft bounce, retry later";
      case PERMANENT_NEGATIVE -> "Permanent negative completion: a hard bounce, do not retry";
    };
  }

  /**
   * Catalog text made safe inside a Javadoc comment: markup and tags escaped, the comment's end
   * broken, and every backslash written as an entity, because javac turns backslash-u
   * escapes into characters before it parses anything, comments included.
   */
  static String javadoc(String text) {
    return text.replace("&", "&amp;").replace("\\", "&#92;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("*/", "*&#47;").replace("@", "&#64;").replace("$", "$$");
  }
}

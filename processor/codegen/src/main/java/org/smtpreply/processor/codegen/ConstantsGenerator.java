package org.smtpreply.processor.codegen;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.smtpreply.catalog.CatalogFacts;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.core.ReplyClass;

/**
 * Generates the constants of a catalog's codes as Java sources, in catalog order: {@code
 * ReplyCodes} (basic codes as {@code int}) and {@code EnhancedCodes} (enhanced codes as {@code
 * String}, one per class form), or an organization's {@code ExtraReplyCodes}. Compile-time
 * constants, so they can be used inside {@code @SmtpReply}. Each constant's Javadoc gives its code,
 * title, the first sentence of its summary, its class, its source and, when the address of the
 * pages is known, a link to its page.
 *
 * <p>Names follow one rule each (see {@link #NAMING_RULE}), so that a developer can guess them:
 * a basic code is named by its catalog entry's {@code constant}; an enhanced code by the IANA
 * registry's name of it, upper snake case, plus the class form.
 */
public final class ConstantsGenerator {
  /** The simple name of the built-in basic-code constants class. */
  public static final String REPLY_CODES = "ReplyCodes";
  /** The simple name of the built-in enhanced-code constants class. */
  public static final String ENHANCED_CODES = "EnhancedCodes";
  /** The simple name of the class of an organization's own basic codes. */
  public static final String EXTRA_REPLY_CODES = "ExtraReplyCodes";
  /** The package of the built-in constants. */
  public static final String BUILT_IN_PACKAGE = "org.smtpreply.codes";

  /** How constants are named, for the classes' Javadoc and the README. */
  public static final String NAMING_RULE = "Names: a basic code's constant is the reply's wording in the RFC"
      + " that defines it, in upper snake case (550 is MAILBOX_UNAVAILABLE, 421 SERVICE_NOT_AVAILABLE), with"
      + " NONSTANDARD_ in front for a code no RFC defines; an organization's own code has the constant its extra"
      + " catalog gives it. An enhanced code's constant is its name in the IANA registry in upper snake case,"
      + " then _SUCCESS, _TRANSIENT or _PERMANENT for the class digit 2, 4 or 5 (5.1.1 is"
      + " BAD_DESTINATION_MAILBOX_ADDRESS_PERMANENT, 4.2.2 MAILBOX_FULL_TRANSIENT). Each constant's Javadoc"
      + " starts with its code, so an IDE finds a constant by its code too.";

  private static final Map<Integer, String> FORM = Map.of(2, "SUCCESS", 4, "TRANSIENT", 5, "PERMANENT");

  private final CatalogFacts catalog;
  private final Function<String, String> summaries;
  private final Optional<String> pages;

  /**
   * Generates from {@code catalog}, with Javadoc in its source locale.
   *
   * @param summaries the summary of an entry by id ({@code 550}, {@code X.1.1}); empty when unknown
   * @param pages     the address of the pages in the source locale, such as {@code
   *                  https://smtpreply.org/en/}, checked by {@link #pagesAddress}; empty for no links
   */
  public ConstantsGenerator(CatalogFacts catalog, Function<String, String> summaries, Optional<String> pages) {
    this.catalog = catalog;
    this.summaries = summaries;
    this.pages = pages;
  }

  /**
   * {@code base} (a site's absolute http or https address) joined with the folder of locale
   * {@code tag}, ready to link to; throws {@link IllegalArgumentException} with the reason when
   * it could not be written in Javadoc safely.
   */
  public static String pagesAddress(String base, String tag) {
    String b = base.strip();
    if (!b.matches("https?://[^\\s\"'<>\\\\{}]+")) {
      throw new IllegalArgumentException("'" + base + "' is not an absolute http or https address"
          + " without quotes, spaces, braces or backslashes, such as https://mail-docs.example.com/");
    }
    return (b.endsWith("/") ? b : b + "/") + tag + "/";
  }

  /** The {@code ReplyCodes} source file: every basic code of the catalog. */
  public JavaFile replyCodes(String packageName, List<? extends Element> originating) {
    return basic(packageName, REPLY_CODES, catalog.basicCodes(), originating,
        "The SMTP basic reply codes of the built-in catalog, for {@code @SmtpReply(code = ...)}.\n");
  }

  /** The {@code ExtraReplyCodes} source file: an organization's own {@code codes}. */
  public JavaFile extraReplyCodes(String packageName, List<ReplyCode> codes, List<? extends Element> originating) {
    return basic(packageName, EXTRA_REPLY_CODES, codes, originating,
        "This organization's own SMTP reply codes, from its extra catalog, for {@code @SmtpReply(code = ...)}.\n"
            + "The standard codes are in {@code org.smtpreply.codes.ReplyCodes}.\n");
  }

  private JavaFile basic(String packageName, String name, List<ReplyCode> codes,
      List<? extends Element> originating, String what) {
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(what)
        .addJavadoc("\n<p>$L\n", wrapped(javadoc(NAMING_RULE)))
        .addJavadoc("\n<p>Generated from the SMTP reply catalog; do not edit.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    originating.forEach(type::addOriginatingElement);
    for (ReplyCode code : codes) {
      String title = catalog.title(code.id());
      FieldSpec.Builder field = FieldSpec.builder(int.class, code.constant(),
              Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .initializer("$L", code.code())
          .addJavadoc("$L $L.\n", code.code(), javadoc(title));
      summary(code.id()).ifPresent(s -> field.addJavadoc("\n<p>$L\n", javadoc(s)));
      field.addJavadoc("\n<p>$L.", describe(code.replyClass()));
      if (code.isStandard()) {
        field.addJavadoc(" $L.\n", code.references().stream().map(r -> r.label()).collect(Collectors.joining(", ")));
      } else {
        field.addJavadoc(" Non-standard: no RFC defines it with this meaning; its catalog page says where it comes from.\n");
      }
      pages.ifPresent(p -> field.addJavadoc("\n@see <a href=\"$L$L/\">$L $L</a>\n", p, code.code(), code.code(),
          javadoc(title)));
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
        .addJavadoc("\n<p>$L\n", wrapped(javadoc(NAMING_RULE)))
        .addJavadoc("\n<p>Generated from the SMTP reply catalog; do not edit.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    originating.forEach(type::addOriginatingElement);
    for (EnhancedCode code : catalog.enhancedCodes()) {
      String title = catalog.title(code.code());
      Optional<String> summary = summary(code.code());
      String rfcs = code.rfcs().stream().map(r -> "RFC " + r).collect(Collectors.joining(", "));
      for (int form : code.classes()) {
        String concrete = code.in(form);
        FieldSpec.Builder field = FieldSpec.builder(String.class, enhancedName(code, form),
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", concrete)
            .addJavadoc("$L $L.\n", concrete, javadoc(title));
        summary.ifPresent(s -> field.addJavadoc("\n<p>$L\n", javadoc(s)));
        field.addJavadoc("\n<p>$L. $L.\n", describe(ReplyClass.ofDigit(form)), rfcs);
        pages.ifPresent(p -> field.addJavadoc("\n@see <a href=\"$Lenhanced/$L/\">$L $L</a>\n", p, concrete, concrete,
            javadoc(title)));
        type.addField(field.build());
      }
    }
    return file(packageName, type.build());
  }

  /** The name of the constant of {@code code} in class form {@code form} (2, 4 or 5). */
  public static String enhancedName(EnhancedCode code, int form) {
    return code.constant() + "_" + FORM.get(form);
  }

  /** The first sentence of the entry's summary, if the catalog gave one. */
  private Optional<String> summary(String id) {
    String summary = summaries.apply(id);
    if (summary == null || summary.isBlank()) {
      return Optional.empty();
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(summary);
    int end = sentences.next();
    return Optional.of(summary.substring(0, end == BreakIterator.DONE ? summary.length() : end).strip());
  }

  /** {@code text} in lines of at most 96 characters, for a class's Javadoc. */
  private static String wrapped(String text) {
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (String word : text.split(" ")) {
      if (line > 0 && line + 1 + word.length() > 96) {
        out.append('\n');
        line = 0;
      } else if (line > 0) {
        out.append(' ');
        line++;
      }
      out.append(word);
      line += word.length();
    }
    return out.toString();
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
        .replace("*/", "*&#47;").replace("@", "&#64;");
  }
}

package org.smtpreply.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogException;
import org.smtpreply.processor.internal.ConstantsGenerator;
import org.smtpreply.processor.internal.Diagnostic;
import org.smtpreply.processor.internal.ErrorReporter;
import org.smtpreply.processor.internal.ReplyChecker;
import org.smtpreply.processor.internal.ReplyUse;
import org.smtpreply.processor.internal.RoundState;

/**
 * Checks every {@code @SmtpReply} against the SMTP reply catalog and generates {@code
 * ReplyCodes} and {@code EnhancedCodes}. See the package documentation for its options.
 *
 * <p>No exception ever leaves {@link #process}: a failure becomes a diagnostic, and the
 * processor claims no annotation, so other processors still see {@code @SmtpReply}.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes(SmtpReplyProcessor.ANNOTATION)
@SupportedOptions({SmtpReplyProcessor.CONSTANTS_PACKAGE, "smtpreply.unusualPairing"})
public final class SmtpReplyProcessor extends AbstractProcessor {
  static final String ANNOTATION = "org.smtpreply.annotation.SmtpReply";
  /** The option that names the package of the generated constants. */
  public static final String CONSTANTS_PACKAGE = "smtpreply.constantsPackage";
  static final String DEFAULT_PACKAGE = "org.smtpreply.codes";

  private final RoundState state = new RoundState();
  private ErrorReporter reporter;
  private Catalog catalog;
  private boolean catalogFailed;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
    super.init(env);
    reporter = new ErrorReporter(env.getMessager(), env.getOptions());
    reporter.checkOptions();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (RuntimeException | Error e) {
      reporter.reportGlobal(Diagnostic.INTERNAL, trace(e));
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    if (round.processingOver() || catalog() == null) {
      // Values still unresolved now name symbols that do not exist; javac reports those itself.
      return;
    }
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
    List<Element> elements = new ArrayList<>(state.takeDeferred(processingEnv.getElementUtils()));
    if (annotation != null) {
      elements.addAll(round.getElementsAnnotatedWith(annotation));
    }
    if (!state.constantsWritten()) {
      writeConstants(elements);
    }
    ReplyChecker checker = new ReplyChecker(catalog, reporter);
    for (Element element : elements) {
      try {
        ReplyUse use = read(element);
        if (use == null) {
          state.defer(element);
        } else {
          checker.check(use);
        }
      } catch (RuntimeException e) {
        reporter.report(Diagnostic.INTERNAL, element, null, null, trace(e));
      }
    }
  }

  private Catalog catalog() {
    if (catalog == null && !catalogFailed) {
      try {
        catalog = Catalog.builtIn();
      } catch (CatalogException e) {
        catalogFailed = true;
        reporter.reportGlobal(Diagnostic.CATALOG, String.join("; ", e.problems()));
      } catch (RuntimeException e) {
        catalogFailed = true;
        reporter.reportGlobal(Diagnostic.CATALOG, String.valueOf(e.getMessage()));
      }
    }
    return catalog;
  }

  private void writeConstants(List<Element> originating) {
    state.markConstantsWritten();
    String packageName = processingEnv.getOptions().getOrDefault(CONSTANTS_PACKAGE, DEFAULT_PACKAGE);
    ConstantsGenerator generator = new ConstantsGenerator(catalog);
    try {
      generator.replyCodes(packageName, originating).writeTo(processingEnv.getFiler());
      generator.enhancedCodes(packageName, originating).writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      reporter.reportGlobal(Diagnostic.INTERNAL, "cannot write the constants: " + e.getMessage());
    }
  }

  /** The use's values, or null while one of them names a symbol not generated yet. */
  private ReplyUse read(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (!type.getQualifiedName().contentEquals(ANNOTATION)) {
        continue;
      }
      Map<? extends ExecutableElement, ? extends AnnotationValue> written = mirror.getElementValues();
      Map<? extends ExecutableElement, ? extends AnnotationValue> all =
          processingEnv.getElementUtils().getElementValuesWithDefaults(mirror);
      Object code = value(all, "code");
      Object enhanced = value(all, "enhanced");
      Object text = value(all, "text");
      Object smtputf8 = value(all, "smtputf8");
      if (!(code instanceof Integer) || unresolved(enhanced) || unresolved(text) || !(smtputf8 instanceof Boolean)) {
        return null;
      }
      return new ReplyUse(element, mirror, (Integer) code, (String) enhanced, (String) text, (Boolean) smtputf8,
          annotationValue(written, "code"), annotationValue(written, "enhanced"), annotationValue(written, "text"));
    }
    return null;
  }

  private static boolean unresolved(Object value) {
    // javac gives an unresolved reference the value "<error>" until a later round resolves it.
    return !(value instanceof String) || "<error>".equals(value);
  }

  private static Object value(Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
    AnnotationValue value = annotationValue(values, name);
    return value == null ? null : value.getValue();
  }

  private static AnnotationValue annotationValue(
      Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String trace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  /** The options this processor reads, for documentation and tests. */
  static Set<String> options() {
    return new LinkedHashSet<>(List.of(CONSTANTS_PACKAGE, "smtpreply.unusualPairing"));
  }
}

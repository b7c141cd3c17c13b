package org.smtpreply.processor.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Reports diagnostics at the exact element, annotation and value, applies the kinds that
 * processor options set, and counts errors so that nothing is generated for a broken element.
 */
public final class ErrorReporter {
  private final Messager messager;
  private final Map<String, String> options;
  private final RepeatedAnnotations repeated;
  private int errors;

  /** Reports through {@code env}'s messager, with kinds set by its options. */
  public ErrorReporter(ProcessingEnvironment env) {
    this.messager = env.getMessager();
    this.options = env.getOptions();
    this.repeated = RepeatedAnnotations.of(env);
  }

  /** Checks that each soft rule's option, if given, is error, warning or ignore. */
  public void checkOptions() {
    for (Diagnostic d : Diagnostic.values()) {
      if (d.option() != null && options.containsKey(d.option()) && kindOf(d) == null && !isIgnored(d)) {
        reportGlobal(Diagnostic.OPTION, d.option(), options.get(d.option()), "use error, warning or ignore");
      }
    }
  }

  /** Reports {@code d} on {@code value} of {@code mirror} on {@code element}. */
  public void report(Diagnostic d, Element element, AnnotationMirror mirror, AnnotationValue value, Object... args) {
    Kind kind = count(d);
    if (kind != null) {
      messager.printMessage(kind, d.message(args), element, mirror, value);
    }
  }

  /**
   * Reports {@code d} on {@code value} (one of {@code use}'s values, or null for the whole
   * annotation), placed in the source even when the annotation is one of several.
   */
  public void report(Diagnostic d, ReplyUse use, AnnotationValue value, Object... args) {
    Kind kind = count(d);
    if (kind == null) {
      return;
    }
    if (use.repeatIndex() < 0) {
      messager.printMessage(kind, d.message(args), use.element(), use.mirror(), value);
    } else if (!repeated.print(kind, d.message(args), use.element(), use.repeatIndex(), nameOf(use, value))) {
      messager.printMessage(kind, d.message(args), use.element());
    }
  }

  /** The kind {@code d} is reported with, counted, or null when it is ignored. */
  private Kind count(Diagnostic d) {
    if (isIgnored(d)) {
      return null;
    }
    Kind kind = kindOf(d);
    if (kind == null) {
      kind = d.defaultKind();
    }
    if (kind == Kind.ERROR) {
      errors++;
    }
    return kind;
  }

  private static String nameOf(ReplyUse use, AnnotationValue value) {
    if (value == null) {
      return null;
    }
    if (value == use.codeValue()) {
      return "code";
    }
    if (value == use.enhancedValue()) {
      return "enhanced";
    }
    return value == use.textValue() ? "text" : null;
  }

  /** Each value written in the {@code @SmtpReply} on {@code element}, as source; none outside javac. */
  List<RepeatedAnnotations.Written> written(Element element) {
    return repeated.written(element);
  }

  /** Reports {@code d} on the written value {@code at}. */
  void report(Diagnostic d, RepeatedAnnotations.Written at, Object... args) {
    Kind kind = count(d);
    if (kind != null) {
      repeated.print(kind, d.message(args), at);
    }
  }

  /** Reports {@code d} with no element. */
  public void reportGlobal(Diagnostic d, Object... args) {
    errors++;
    messager.printMessage(Kind.ERROR, d.message(args));
  }

  /** How many errors have been reported so far. */
  public int errorCount() {
    return errors;
  }

  private boolean isIgnored(Diagnostic d) {
    return d.option() != null && "ignore".equals(value(d));
  }

  private Kind kindOf(Diagnostic d) {
    String value = value(d);
    if (value == null) {
      return d.defaultKind();
    }
    return switch (value) {
      case "error" -> Kind.ERROR;
      case "warning" -> Kind.WARNING;
      default -> null;
    };
  }

  private String value(Diagnostic d) {
    if (d.option() == null) {
      return null;
    }
    String v = options.get(d.option());
    return v == null ? null : v.trim().toLowerCase(Locale.ROOT);
  }
}

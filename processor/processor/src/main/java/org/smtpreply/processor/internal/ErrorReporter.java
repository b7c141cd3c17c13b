package org.smtpreply.processor.internal;

import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Messager;
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
  private int errors;

  /** Reports through {@code messager}, with kinds set by {@code options}. */
  public ErrorReporter(Messager messager, Map<String, String> options) {
    this.messager = messager;
    this.options = options;
  }

  /** Checks that each soft rule's option, if given, is error, warning or ignore. */
  public void checkOptions() {
    for (Diagnostic d : Diagnostic.values()) {
      if (d.option() != null && options.containsKey(d.option()) && kindOf(d) == null && !isIgnored(d)) {
        messager.printMessage(Kind.ERROR, "[SmtpReplyOption] -A" + d.option() + "=" + options.get(d.option())
            + " is not one of error, warning, ignore");
        errors++;
      }
    }
  }

  /** Reports {@code d} on {@code value} of {@code mirror} on {@code element}. */
  public void report(Diagnostic d, Element element, AnnotationMirror mirror, AnnotationValue value, Object... args) {
    if (isIgnored(d)) {
      return;
    }
    Kind kind = kindOf(d);
    if (kind == null) {
      kind = d.defaultKind();
    }
    if (kind == Kind.ERROR) {
      errors++;
    }
    messager.printMessage(kind, d.message(args), element, mirror, value);
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

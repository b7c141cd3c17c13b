package org.smtpreply.processor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads the {@code @SmtpReply} annotations of an element, written alone or repeated (javac then
 * wraps them in {@code @SmtpReplies}), with the values and the places to report on.
 */
public final class ReplyReader {
  /** The annotation's qualified name. */
  public static final String SMTP_REPLY = "org.smtpreply.annotation.SmtpReply";
  /** Its container's qualified name. */
  public static final String SMTP_REPLIES = "org.smtpreply.annotation.SmtpReplies";

  private final Elements elements;

  /** Reads with {@code elements}, which fills in default values. */
  public ReplyReader(Elements elements) {
    this.elements = elements;
  }

  /**
   * The uses on {@code element} in source order, or null while one of their values names a
   * symbol that is not generated yet.
   */
  public List<ReplyUse> read(Element element) {
    List<ReplyUse> uses = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.equals(SMTP_REPLY)) {
        ReplyUse use = readOne(element, mirror, -1);
        if (use == null) {
          return null;
        }
        uses.add(use);
      } else if (name.equals(SMTP_REPLIES)) {
        Object nested = value(elements.getElementValuesWithDefaults(mirror), "value");
        if (!(nested instanceof List<?> list)) {
          return null;
        }
        for (Object item : list) {
          if (!(item instanceof AnnotationValue value) || !(value.getValue() instanceof AnnotationMirror inner)) {
            return null;
          }
          ReplyUse use = readOne(element, inner, uses.size());
          if (use == null) {
            return null;
          }
          uses.add(use);
        }
      }
    }
    return uses;
  }

  private ReplyUse readOne(Element element, AnnotationMirror mirror, int repeatIndex) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> written = mirror.getElementValues();
    Map<? extends ExecutableElement, ? extends AnnotationValue> all = elements.getElementValuesWithDefaults(mirror);
    Object code = value(all, "code");
    Object enhanced = value(all, "enhanced");
    Object text = value(all, "text");
    Object smtputf8 = value(all, "smtputf8");
    if (!(code instanceof Integer) || unresolved(enhanced) || unresolved(text) || !(smtputf8 instanceof Boolean)) {
      return null;
    }
    return new ReplyUse(element, mirror, (Integer) code, (String) enhanced, (String) text, (Boolean) smtputf8,
        annotationValue(written, "code"), annotationValue(written, "enhanced"), annotationValue(written, "text"), repeatIndex);
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
}

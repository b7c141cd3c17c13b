package org.smtpreply.processor.internal;

import java.util.Comparator;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * A checked reply as the registry and the usage index list it: plain values, so that it
 * outlives the round whose elements it came from.
 *
 * @param element  the annotated element in source form ({@code com.example.Handler.rcpt(java.lang.String)})
 * @param kind     its kind in lower case ({@code class}, {@code field}, {@code method}, ...)
 * @param key      what the registry looks it up by: a type's binary name ({@code Class.getName()}),
 *                 {@code Owner#NAME} for a field, {@code Owner#name()} for a method
 * @param code     the basic code
 * @param enhanced the enhanced code, empty for none
 * @param text     the reply text, empty for none
 */
public record DeclaredReply(String element, String kind, String key, int code, String enhanced, String text) {

  /** Source order is not stable across builds; this order is. */
  public static final Comparator<DeclaredReply> ORDER = Comparator.comparing(DeclaredReply::element)
      .thenComparingInt(DeclaredReply::code)
      .thenComparing(DeclaredReply::enhanced)
      .thenComparing(DeclaredReply::text);

  /** The reply of {@code use}. */
  public static DeclaredReply of(ReplyUse use, Elements elements) {
    Element element = use.element();
    return new DeclaredReply(sourceName(element), element.getKind().name().toLowerCase(Locale.ROOT),
        key(element, elements), use.code(), use.enhanced(), use.text());
  }

  /** The element's name as a reader finds it in the source. */
  public static String sourceName(Element element) {
    if (element instanceof TypeElement type) {
      return type.getQualifiedName().toString();
    }
    return ((TypeElement) element.getEnclosingElement()).getQualifiedName() + "." + element;
  }

  /** The package of the element, or of the type that declares it. */
  public static String packageOf(Element element, Elements elements) {
    return elements.getPackageOf(element).getQualifiedName().toString();
  }

  private static String key(Element element, Elements elements) {
    if (element instanceof TypeElement type) {
      return elements.getBinaryName(type).toString();
    }
    String owner = elements.getBinaryName((TypeElement) element.getEnclosingElement()).toString();
    String name = element.getSimpleName().toString();
    return owner + "#" + name + (element.getKind() == ElementKind.METHOD ? "()" : "");
  }
}

package org.smtpreply.processor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * The rules about where {@code @SmtpReply} goes and how often. A class, enum or record (an
 * exception type, a reply object) and a field (a constant) stand for exactly one reply: two
 * different replies on one of them are a conflict, since the registry could not say which one it
 * maps to. A method is a handler that may emit several replies. Interfaces and annotation types
 * are never thrown or sent, and the registry's look-up by type follows superclasses only.
 */
public final class ElementRules {
  private final ErrorReporter reporter;

  /** Reports to {@code reporter}. */
  public ElementRules(ErrorReporter reporter) {
    this.reporter = reporter;
  }

  /** The uses of one element that remain to be checked: none on a wrong kind, each distinct reply once. */
  public List<ReplyUse> distinctUses(Element element, List<ReplyUse> uses) {
    ElementKind kind = element.getKind();
    if (kind == ElementKind.INTERFACE || kind == ElementKind.ANNOTATION_TYPE) {
      for (ReplyUse use : uses) {
        reporter.report(Diagnostic.ELEMENT_KIND, use, null, describe(kind), DeclaredReply.sourceName(element));
      }
      return List.of();
    }
    List<ReplyUse> distinct = new ArrayList<>();
    for (ReplyUse use : uses) {
      ReplyUse same = find(distinct, use);
      if (same != null) {
        reporter.report(Diagnostic.DUPLICATE_REPLY, use, use.codeValue(),
            describe(kind), DeclaredReply.sourceName(element), line(use));
      } else if (!distinct.isEmpty() && kind != ElementKind.METHOD) {
        ReplyUse first = distinct.get(0);
        reporter.report(Diagnostic.CONFLICTING_REPLIES, use, differing(first, use),
            describe(kind), DeclaredReply.sourceName(element), line(first), line(use));
      } else {
        distinct.add(use);
      }
    }
    return distinct;
  }

  private static ReplyUse find(List<ReplyUse> uses, ReplyUse use) {
    for (ReplyUse candidate : uses) {
      if (candidate.code() == use.code() && candidate.enhanced().equals(use.enhanced())
          && candidate.text().equals(use.text())) {
        return candidate;
      }
    }
    return null;
  }

  /** The first value of {@code use} that differs from {@code first}: where an IDE should point. */
  private static AnnotationValue differing(ReplyUse first, ReplyUse use) {
    if (first.code() != use.code()) {
      return use.codeValue();
    }
    if (!first.enhanced().equals(use.enhanced()) && use.enhancedValue() != null) {
      return use.enhancedValue();
    }
    return use.textValue() != null ? use.textValue() : use.codeValue();
  }

  /** The reply as it would go on the wire, quoted: {@code "550 5.1.1 Recipient address rejected"}. */
  static String line(ReplyUse use) {
    StringBuilder line = new StringBuilder().append('"').append(use.code());
    if (!use.enhanced().isEmpty()) {
      line.append(' ').append(use.enhanced());
    }
    if (!use.text().isEmpty()) {
      line.append(' ').append(use.text());
    }
    return line.append('"').toString();
  }

  static String describe(ElementKind kind) {
    return switch (kind) {
      case ANNOTATION_TYPE -> "annotation type";
      case ENUM_CONSTANT -> "enum constant";
      default -> kind.name().toLowerCase(Locale.ROOT);
    };
  }
}

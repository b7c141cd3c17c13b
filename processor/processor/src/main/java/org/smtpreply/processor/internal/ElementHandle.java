package org.smtpreply.processor.internal;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * A way back to an element in a later round. Values that name constants generated in this
 * compilation only resolve after the round that generated them, and javac gives each round
 * fresh elements, so a deferred element is found again by name.
 *
 * @param typeName the qualified name of the type that is, or encloses, the element
 * @param member   the member's signature ({@code toString()}), or null for the type itself
 */
record ElementHandle(String typeName, String member) {

  static ElementHandle of(Element element) {
    if (element instanceof TypeElement type) {
      return new ElementHandle(type.getQualifiedName().toString(), null);
    }
    TypeElement enclosing = (TypeElement) element.getEnclosingElement();
    return new ElementHandle(enclosing.getQualifiedName().toString(), element.toString());
  }

  /** The element in the current round, or null if it cannot be found. */
  Element resolve(Elements elements) {
    TypeElement type = elements.getTypeElement(typeName);
    if (type == null || member == null) {
      return type;
    }
    for (Element enclosed : type.getEnclosedElements()) {
      if (enclosed.toString().equals(member)) {
        return enclosed;
      }
    }
    return null;
  }
}

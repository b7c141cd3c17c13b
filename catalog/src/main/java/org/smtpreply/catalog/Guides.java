package org.smtpreply.catalog;

import java.util.Optional;
import org.smtpreply.core.ReplyClass;
import org.smtpreply.core.Subject;

/** The ids of the catalog's guides ({@code <locale>/guides.yaml}), each spelled here once. */
public final class Guides {
  /** The guide to soft and hard bounces. */
  public static final String BOUNCES = "bounces";
  /** The guide to reading a reply. */
  public static final String READING = "reading";

  private static final String CLASS = "class-";

  private Guides() {}

  /** The guide to a reply class: {@code class-5xx}. */
  public static String of(ReplyClass replyClass) {
    return CLASS + replyClass.key();
  }

  /** The guide to an enhanced code's class digit (2, 4 or 5): {@code enhanced-5}. */
  public static String ofEnhancedClass(int classDigit) {
    return "enhanced-" + classDigit;
  }

  /** The guide to an enhanced code's subject: {@code subject-1}. */
  public static String of(Subject subject) {
    return "subject-" + subject.number();
  }

  /** The reply class a guide id is about, for {@code class-5xx}; empty for other guides. */
  public static Optional<ReplyClass> replyClassOf(String id) {
    for (ReplyClass c : ReplyClass.values()) {
      if (id.equals(of(c))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}

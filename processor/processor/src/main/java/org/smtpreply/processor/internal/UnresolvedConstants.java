package org.smtpreply.processor.internal;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import java.util.List;
import javax.lang.model.element.Element;
import org.smtpreply.catalog.CatalogFacts;
import org.smtpreply.catalog.ReplyCode;

/**
 * At the end of processing, the values that never resolved: a constant of {@code ReplyCodes},
 * {@code EnhancedCodes} or {@code ExtraReplyCodes} that does not exist gets an error on the value
 * that names the right constant where one can be told, besides javac's own "cannot find symbol".
 */
public final class UnresolvedConstants {
  private final ConstantSuggestions constants;
  private final ErrorReporter reporter;

  /** Names the constants of {@code catalog}, whose codes in {@code extras} are the organization's. */
  public UnresolvedConstants(CatalogFacts catalog, List<ReplyCode> extras, ErrorReporter reporter) {
    this.constants = new ConstantSuggestions(catalog, extras);
    this.reporter = reporter;
  }

  /** Reports each unknown constant written in the {@code @SmtpReply} on {@code element}. */
  public void report(Element element) {
    for (RepeatedAnnotations.Written written : reporter.written(element)) {
      if (!(written.value() instanceof MemberSelectTree select)) {
        continue;
      }
      String className = simpleName(select.getExpression());
      String name = select.getIdentifier().toString();
      if (className == null || !constants.isConstantsClass(className) || constants.has(className, name)) {
        continue;
      }
      String hint = constants.suggest(className, name)
          .map(c -> "did you mean " + c + "?")
          .orElse("see the naming rule in " + className + "'s Javadoc, or find the constant by its code there");
      reporter.report(Diagnostic.UNKNOWN_CONSTANT, written, className, name, hint);
    }
  }

  private static String simpleName(ExpressionTree qualifier) {
    if (qualifier instanceof IdentifierTree id) {
      return id.getName().toString();
    }
    if (qualifier instanceof MemberSelectTree select) {
      return select.getIdentifier().toString();
    }
    return null;
  }
}

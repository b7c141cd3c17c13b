package org.smtpreply.processor.internal;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic.Kind;

/**
 * Reports on one of several {@code @SmtpReply} written on the same element. javac wraps them in
 * a container it synthesizes, and {@code Messager} cannot place a message on an annotation inside
 * that container: the message loses its position. The source trees still have each annotation,
 * so the message goes there. Outside javac (no {@link Trees}), the element's position is used.
 * The same trees give each value as written, for a constant name that does not resolve.
 */
final class RepeatedAnnotations {
  private final Trees trees;

  private RepeatedAnnotations(Trees trees) {
    this.trees = trees;
  }

  /** A reporter for {@code env}; without javac's tree API it places messages on the element. */
  static RepeatedAnnotations of(ProcessingEnvironment env) {
    try {
      return new RepeatedAnnotations(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      // Gradle wraps the environment and other compilers have no Trees: the element will do.
      return new RepeatedAnnotations(null);
    }
  }

  /**
   * Prints {@code message} on value {@code valueName} (or the whole annotation when null) of the
   * {@code index}-th {@code @SmtpReply} written on {@code element}; false if it is not in the source.
   */
  boolean print(Kind kind, String message, Element element, int index, String valueName) {
    List<AnnotationTree> annotations = annotations(element);
    if (index >= annotations.size()) {
      return false;
    }
    AnnotationTree annotation = annotations.get(index);
    Tree target = valueName == null ? annotation : argument(annotation, valueName);
    trees.printMessage(kind, message, target == null ? annotation : target, trees.getPath(element).getCompilationUnit());
    return true;
  }

  /**
   * A value as written in one of the {@code @SmtpReply} on an element.
   *
   * @param name  the annotation member, such as {@code code}
   * @param value the expression, such as {@code ReplyCodes.MAILBOX_UNAVAILABLE}
   * @param unit  the file it is in
   */
  record Written(String name, ExpressionTree value, CompilationUnitTree unit) {}

  /** Every value written in the {@code @SmtpReply} on {@code element}, in source order; none outside javac. */
  List<Written> written(Element element) {
    List<Written> written = new ArrayList<>();
    for (AnnotationTree annotation : annotations(element)) {
      for (ExpressionTree argument : annotation.getArguments()) {
        if (argument instanceof AssignmentTree assignment && assignment.getVariable() instanceof IdentifierTree id) {
          written.add(new Written(id.getName().toString(), assignment.getExpression(),
              trees.getPath(element).getCompilationUnit()));
        }
      }
    }
    return written;
  }

  /** Prints {@code message} on the written value {@code at}. */
  void print(Kind kind, String message, Written at) {
    trees.printMessage(kind, message, at.value(), at.unit());
  }

  /** The {@code @SmtpReply} annotations written on {@code element}, in source order; none outside javac. */
  private List<AnnotationTree> annotations(Element element) {
    if (trees == null) {
      return List.of();
    }
    TreePath path = trees.getPath(element);
    ModifiersTree modifiers = path == null ? null : modifiers(path.getLeaf());
    if (modifiers == null) {
      return List.of();
    }
    TreePath modifiersPath = new TreePath(path, modifiers);
    List<AnnotationTree> found = new ArrayList<>();
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      TreePath annotationPath = new TreePath(modifiersPath, annotation);
      if (isSmtpReply(new TreePath(annotationPath, annotation.getAnnotationType()))) {
        found.add(annotation);
      }
    }
    return found;
  }

  private boolean isSmtpReply(TreePath typePath) {
    TypeMirror type = trees.getTypeMirror(typePath);
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(ReplyReader.SMTP_REPLY);
  }

  private static Tree argument(AnnotationTree annotation, String name) {
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment
          && assignment.getVariable() instanceof IdentifierTree id
          && id.getName().contentEquals(name)) {
        return assignment.getExpression();
      }
    }
    return null;
  }

  private static ModifiersTree modifiers(Tree leaf) {
    if (leaf instanceof ClassTree c) {
      return c.getModifiers();
    }
    if (leaf instanceof MethodTree m) {
      return m.getModifiers();
    }
    if (leaf instanceof VariableTree v) {
      return v.getModifiers();
    }
    return null;
  }
}

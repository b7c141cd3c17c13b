package org.smtpreply.processor.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * What the processor carries from one round to the next: elements waiting for the generated
 * constants, the replies checked so far, and which files are written. An organization's constants
 * go out in the first round; the registry and the usage index in the first round in which every
 * value has resolved (the first round, unless a value names those constants), so javac needs one
 * round more only, to compile the registry. An annotated element that another processor generates
 * after that is reported as late.
 */
public final class RoundState {
  private final Set<ElementHandle> deferred = new LinkedHashSet<>();
  private final List<Element> annotated = new ArrayList<>();
  private final Set<String> packages = new LinkedHashSet<>();
  private final Set<DeclaredReply> declared = new LinkedHashSet<>();
  private boolean constantsWritten;
  private boolean registryWritten;

  /** Whether the constants have been generated in this compilation. */
  public boolean constantsWritten() {
    return constantsWritten;
  }

  /** Records that the constants have been generated. */
  public void markConstantsWritten() {
    constantsWritten = true;
  }

  /** Whether the registry and the usage index have been written. */
  public boolean registryWritten() {
    return registryWritten;
  }

  /** Records that the registry and the usage index have been written. */
  public void markRegistryWritten() {
    registryWritten = true;
  }

  /** Remembers the annotated elements seen for the first time this round. */
  public void annotated(List<? extends Element> elements, Elements utils) {
    for (Element element : elements) {
      annotated.add(element);
      packages.add(DeclaredReply.packageOf(element, utils));
    }
  }

  /** Every annotated element of the compilation so far: the originating elements of the registry. */
  public List<Element> annotatedElements() {
    return List.copyOf(annotated);
  }

  /** The packages of the annotated elements, in the order first seen. */
  public List<String> packages() {
    return List.copyOf(packages);
  }

  /** Records a reply that passed every check. */
  public void declare(DeclaredReply reply) {
    declared.add(reply);
  }

  /** The replies declared so far, in {@link DeclaredReply#ORDER}. */
  public List<DeclaredReply> declared() {
    return declared.stream().sorted(DeclaredReply.ORDER).toList();
  }

  /** Whether an element waits for the next round. */
  public boolean hasDeferred() {
    return !deferred.isEmpty();
  }

  /** Checks {@code element} again in the next round. */
  public void defer(Element element) {
    deferred.add(ElementHandle.of(element));
  }

  /** The deferred elements as this round sees them; they are no longer deferred. */
  public List<Element> takeDeferred(Elements elements) {
    List<Element> found = new ArrayList<>();
    for (ElementHandle handle : deferred) {
      Element element = handle.resolve(elements);
      if (element != null) {
        found.add(element);
      }
    }
    deferred.clear();
    return found;
  }
}

package org.smtpreply.processor.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** What the processor carries from one round to the next. */
public final class RoundState {
  private final Set<ElementHandle> deferred = new LinkedHashSet<>();
  private boolean constantsWritten;

  /** Whether the constants have been generated in this compilation. */
  public boolean constantsWritten() {
    return constantsWritten;
  }

  /** Records that the constants have been generated. */
  public void markConstantsWritten() {
    constantsWritten = true;
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

package org.smtpreply.catalog;

import java.util.List;

/**
 * A guide or class description in one locale.
 *
 * @param title   its title
 * @param summary one or two sentences
 * @param body    its paragraphs
 */
public record GuideText(String title, String summary, List<String> body) {

  /** Copies the list, so that the record is immutable. */
  public GuideText {
    body = body == null ? List.of() : List.copyOf(body);
  }
}

package org.smtpreply.i18n.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The content of a segment's source or target: text to translate, with protected runs (a code, an
 * address, a protocol name) that a translation keeps exactly as they are. A protected run is
 * written {@code <mrk id="m1" translate="no">550</mrk>}, the XLIFF 2 annotation that translation
 * tools show as text and check as a tag.
 *
 * @param runs the runs, in order; adjacent plain runs are merged and empty ones dropped
 */
public record XliffText(List<Run> runs) {

  /** A run of content. */
  public sealed interface Run permits Plain, Protected {
    /** Its text. */
    String text();
  }

  /**
   * Text to translate.
   *
   * @param text the text
   */
  public record Plain(String text) implements Run {
    /** Checks the text is present. */
    public Plain {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A run that is not translated.
   *
   * @param id   its id, unique within the unit; a target's run has the id of the source's run it keeps
   * @param text the text, kept as it is
   */
  public record Protected(String id, String text) implements Run {
    /** Checks both are present. */
    public Protected {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
    }
  }

  /** Copies the runs, merging adjacent plain ones and dropping empty plain ones. */
  public XliffText {
    List<Run> merged = new ArrayList<>();
    for (Run run : runs) {
      if (run instanceof Plain plain) {
        if (plain.text().isEmpty()) {
          continue;
        }
        if (!merged.isEmpty() && merged.get(merged.size() - 1) instanceof Plain before) {
          merged.set(merged.size() - 1, new Plain(before.text() + plain.text()));
          continue;
        }
      }
      merged.add(run);
    }
    runs = List.copyOf(merged);
  }

  /** Plain text with nothing protected. */
  public static XliffText of(String text) {
    return new XliffText(List.of(new Plain(text)));
  }

  /** The whole text, protected runs included, as a reader sees it. */
  public String text() {
    StringBuilder text = new StringBuilder();
    runs.forEach(r -> text.append(r.text()));
    return text.toString();
  }

  /** The protected runs, in order. */
  public List<Protected> protectedRuns() {
    return runs.stream().filter(r -> r instanceof Protected).map(r -> (Protected) r).toList();
  }
}

package org.smtpreply.i18n.xliff;

import java.util.List;
import java.util.Objects;

/**
 * One unit: the texts of one entry, a segment per field, with notes for the translator.
 *
 * @param id       unique within the file ({@code basic.550})
 * @param name     a readable name a CAT tool shows ({@code 550 Mailbox unavailable})
 * @param notes    notes for the translator, each with its category
 * @param segments the fields, in order
 */
public record XliffUnit(String id, String name, List<Note> notes, List<XliffSegment> segments) {

  /**
   * A note.
   *
   * @param category what the note is about ({@code status}, {@code location}, {@code guidance})
   * @param text     the note
   */
  public record Note(String category, String text) {}

  /** Copies the lists. */
  public XliffUnit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    notes = List.copyOf(notes);
    segments = List.copyOf(segments);
  }
}

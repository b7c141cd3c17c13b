package org.smtpreply.catalog.internal;

import java.util.List;
import java.util.Map;

/**
 * An entry of an extra catalog file, exactly as written: the facts of a non-standard basic code
 * and its texts by locale tag, in one place because an organization keeps its few codes together.
 */
public record RawExtra(
    Integer code,
    String constant,
    List<RawReference> references,
    String origin,
    List<String> commands,
    List<String> enhanced,
    List<Integer> related,
    Map<String, RawText> texts) {

  /** The facts alone, in the shape of a {@code basic.yaml} entry. */
  public RawBasic facts() {
    return new RawBasic(code, constant, references, origin, commands, enhanced, related);
  }
}

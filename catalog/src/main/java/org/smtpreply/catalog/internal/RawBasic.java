package org.smtpreply.catalog.internal;

import java.util.List;

/** A basic-code entry of {@code basic.yaml}, exactly as written. */
public record RawBasic(
    Integer code,
    String constant,
    List<RawReference> references,
    String origin,
    List<String> commands,
    List<String> enhanced,
    List<Integer> related) {}

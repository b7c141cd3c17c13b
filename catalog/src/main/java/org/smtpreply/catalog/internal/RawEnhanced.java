package org.smtpreply.catalog.internal;

import java.util.List;

/** An enhanced-code entry of {@code enhanced.yaml}, exactly as written. */
public record RawEnhanced(String code, String constant, List<Integer> rfcs, List<Integer> basic) {}

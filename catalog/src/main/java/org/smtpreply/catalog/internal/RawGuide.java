package org.smtpreply.catalog.internal;

import java.util.List;

/** A guide of {@code guides.yaml}, exactly as written. */
public record RawGuide(String title, String summary, List<String> body) {}

package org.smtpreply.catalog.internal;

/** An RFC reference, exactly as written. */
public record RawReference(Integer rfc, String section) {}

package org.smtpreply.catalog.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The texts of one entry in one locale file, exactly as written. */
public record RawText(
    String title,
    String summary,
    List<String> causes,
    String sender,
    String admin,
    String retry,
    @JsonProperty("transient") String transientForm,
    @JsonProperty("permanent") String permanentForm) {}

package org.smtpreply.site.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smtpreply.i18n.IoProblems;
import org.smtpreply.site.result.SiteException;

/**
 * The usage index that the annotation processor writes ({@code META-INF/smtp-reply/usages.json}),
 * read as a file: the site never depends on processor code, only on this format.
 *
 * @param file   where it was read from, for messages
 * @param usages its usages, in file order
 */
public record UsageIndex(Path file, List<Usage> usages) {
  /** The format version this reader understands. */
  static final int FORMAT = 1;
  /**
   * The most usages a site publishes. Each takes about 2.5 KB of its page in every locale (100,000
   * made a 245 MB page); a codebase with more annotated replies than this is not one reference.
   */
  static final int MAX_USAGES = 5_000;
  /** The largest index read, in bytes: about 200 bytes a usage. */
  static final long MAX_BYTES = 8L * 1024 * 1024;

  /**
   * One declared reply.
   *
   * @param element  the annotated element, as written in the source
   * @param kind     its kind: class, enum, record, field, enum_constant or method
   * @param code     the basic reply code
   * @param enhanced the enhanced status code, empty for none
   * @param text     the reply text, empty for none
   */
  public record Usage(String element, String kind, int code, String enhanced, String text) {}

  /** Copies the list. */
  public UsageIndex {
    usages = List.copyOf(usages);
  }

  /** Reads {@code file}; a missing, unparsable or malformed index is a one-line {@link SiteException}. */
  public static UsageIndex read(Path file) {
    JsonNode root;
    try {
      if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
        throw new SiteException(file + ": is larger than " + MAX_BYTES / (1024 * 1024) + " MB, more than "
            + MAX_USAGES + " usages take; give the usages.json the processor wrote for one project");
      }
    } catch (IOException e) {
      // Said below, where it is read.
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new ObjectMapper().readTree(reader);
    } catch (NoSuchFileException e) {
      throw new SiteException(file + ": usage index not found; give the usages.json the processor wrote"
          + " (target/classes/META-INF/smtp-reply/usages.json)");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new SiteException(where + ": not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new SiteException(file + ": " + IoProblems.describe(file, e) + "; give the usages.json the processor wrote");
    }
    if (root == null || !root.path("format").isInt() || !root.path("usages").isArray()) {
      throw new SiteException(file + ": not a usage index; expected {\"format\": 1, \"usages\": [...]}");
    }
    if (root.get("format").asInt() != FORMAT) {
      throw new SiteException(file + ": usage index format " + root.get("format").asInt()
          + " is not supported; this generator reads format " + FORMAT + ", so use a matching version");
    }
    if (root.get("usages").size() > MAX_USAGES) {
      throw new SiteException(file + ": lists " + root.get("usages").size() + " usages, more than the " + MAX_USAGES
          + " a usage page publishes; give the index of one project, or leave --usages out");
    }
    List<Usage> usages = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int index = 0;
    for (JsonNode node : root.get("usages")) {
      index++;
      String element = node.path("element").asText("");
      if (element.isEmpty() || !node.path("code").isInt() || !node.path("kind").isTextual()
          || !node.path("enhanced").isTextual() || !node.path("text").isTextual()) {
        problems.add(file + ": usage #" + index + (element.isEmpty() ? "" : " (" + element + ")")
            + ": needs element, kind, code (a number), enhanced and text");
        continue;
      }
      usages.add(new Usage(element, node.get("kind").asText(), node.get("code").asInt(),
          node.get("enhanced").asText(), node.get("text").asText()));
    }
    if (!problems.isEmpty()) {
      throw new SiteException(problems);
    }
    return new UsageIndex(file, usages);
  }
}

package org.smtpreply.i18n;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A short, stable fingerprint of a source text, stored beside its translation when a translator
 * confirms it: when the source changes, the fingerprint no longer matches and the translation is
 * stale.
 */
public final class Fingerprint {
  /** How many hex digits are kept: 48 bits, ample to tell edits of one entry apart. */
  public static final int LENGTH = 12;

  private Fingerprint() {}

  /**
   * The first {@value #LENGTH} hex digits of the SHA-256 of {@code fields}, in order. Each field is
   * written as its name, a unit separator, its value and a record separator, so that moving text
   * from one field to the next changes the fingerprint.
   */
  public static String of(Map<String, String> fields) {
    StringBuilder canonical = new StringBuilder();
    fields.forEach((name, value) -> canonical.append(name).append('\u001f').append(value).append('\u001e'));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Whether {@code text} has the form of a fingerprint: {@value #LENGTH} lower-case hex digits. */
  public static boolean isWellFormed(String text) {
    return text != null && text.length() == LENGTH && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }
}

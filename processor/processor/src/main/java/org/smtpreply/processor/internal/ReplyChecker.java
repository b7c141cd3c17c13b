package org.smtpreply.processor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.smtpreply.catalog.CatalogFacts;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.core.EnhancedStatus;
import org.smtpreply.core.SmtpRules;

/** Checks one {@code @SmtpReply} use against the catalog and RFC 5321's reply-line rules. */
public final class ReplyChecker {
  private final CatalogFacts catalog;
  private final ErrorReporter reporter;

  /** Checks against {@code catalog}, reporting to {@code reporter}. */
  public ReplyChecker(CatalogFacts catalog, ErrorReporter reporter) {
    this.catalog = catalog;
    this.reporter = reporter;
  }

  /** Reports every problem of {@code use}; returns whether it had no error. */
  public boolean check(ReplyUse use) {
    int before = reporter.errorCount();
    Optional<ReplyCode> basic = catalog.basic(use.code());
    if (basic.isEmpty()) {
      reporter.report(Diagnostic.UNKNOWN_CODE, use, use.codeValue(),
          use.code(), suggestion(use.code()));
    }
    if (!use.enhanced().isEmpty()) {
      checkEnhanced(use, basic);
    }
    checkText(use);
    return reporter.errorCount() == before;
  }

  private void checkEnhanced(ReplyUse use, Optional<ReplyCode> basic) {
    String enhanced = use.enhanced();
    int replyClass = use.code() / 100;
    if (!SmtpRules.carriesEnhancedCode(use.code())) {
      reporter.report(Diagnostic.ENHANCED_ON_3YZ, use, use.enhancedValue(), use.code(), enhanced);
      return;
    }
    Optional<EnhancedStatus> status = EnhancedStatus.parse(enhanced);
    if (status.isEmpty()) {
      reporter.report(Diagnostic.MALFORMED_ENHANCED, use, use.enhancedValue(), enhanced);
      return;
    }
    Optional<EnhancedCode> known = catalog.enhanced(enhanced);
    if (known.isEmpty()) {
      reporter.report(Diagnostic.UNKNOWN_ENHANCED, use, use.enhancedValue(),
          enhanced, enhancedSuggestion(enhanced));
      return;
    }
    int enhancedClass = status.get().classDigit();
    if (basic.isPresent() && !SmtpRules.classesAgree(use.code(), enhancedClass)) {
      reporter.report(Diagnostic.CLASS_MISMATCH, use, use.enhancedValue(),
          enhanced, enhancedClass, use.code(), replyClass, known.get().in(replyClass), replyClass);
      return;
    }
    List<Integer> associated = known.get().basic();
    // The catalog's own entry may list the pairing too: an extra code cannot be in the IANA registry.
    boolean listedByCode = basic.isPresent() && basic.get().enhanced().contains(enhanced);
    if (basic.isPresent() && !associated.isEmpty() && !associated.contains(use.code()) && !listedByCode) {
      reporter.report(Diagnostic.UNUSUAL_PAIRING, use, use.enhancedValue(),
          enhanced, use.code(), associated.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
  }

  private void checkText(ReplyUse use) {
    String text = use.text();
    if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
      reporter.report(Diagnostic.TEXT_LINE_BREAK, use, use.textValue());
      return;
    }
    if (!use.smtputf8()) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c > 126 || (c < 32 && c != '\t')) {
          reporter.report(Diagnostic.TEXT_NON_ASCII, use, use.textValue(),
              String.format("U+%04X", (int) c));
          return;
        }
      }
    }
    int octets = SmtpRules.replyLineOctets(use.code(), use.enhanced(), text);
    if (octets > SmtpRules.MAX_REPLY_LINE_OCTETS) {
      reporter.report(Diagnostic.TEXT_TOO_LONG, use, use.textValue(),
          octets, octets - SmtpRules.MAX_REPLY_LINE_OCTETS);
    }
  }

  /** " (did you mean 550?)" for a near catalog code: one digit changed or two swapped. */
  String suggestion(int code) {
    String written = Integer.toString(code);
    List<Integer> near = new ArrayList<>();
    for (ReplyCode candidate : catalog.basicCodes()) {
      if (isNear(written, candidate.id())) {
        near.add(candidate.code());
      }
    }
    if (near.isEmpty()) {
      return "; see org.smtpreply.codes.ReplyCodes for the catalog's codes";
    }
    near.sort(Comparator.comparingInt((Integer c) -> swapped(written, Integer.toString(c)) ? 0 : 1)
        .thenComparingInt(c -> Math.abs(c - code)));
    return " (did you mean " + near.get(0) + "?)";
  }

  private String enhancedSuggestion(String enhanced) {
    String prefix = enhanced.substring(0, enhanced.lastIndexOf('.') + 1);
    List<String> sameSubject = catalog.enhancedCodes().stream()
        .map(e -> e.in(EnhancedStatus.parse(enhanced).orElseThrow().classDigit()))
        .filter(e -> e.startsWith(prefix))
        .toList();
    return sameSubject.isEmpty() ? "" : "; codes of that subject run from " + sameSubject.get(0)
        + " to " + sameSubject.get(sameSubject.size() - 1);
  }

  private static boolean isNear(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        diff++;
      }
    }
    return diff == 1 || swapped(a, b);
  }

  private static boolean swapped(String a, String b) {
    for (int i = 0; i + 1 < a.length(); i++) {
      char[] c = a.toCharArray();
      char t = c[i];
      c[i] = c[i + 1];
      c[i + 1] = t;
      if (!a.equals(b) && new String(c).equals(b)) {
        return true;
      }
    }
    return false;
  }
}

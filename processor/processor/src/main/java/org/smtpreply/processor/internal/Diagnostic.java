package org.smtpreply.processor.internal;

import javax.tools.Diagnostic.Kind;

/**
 * Every message the processor can give: a stable bracketed id that tests and users can search
 * for, its default kind, and its format. Soft rules name the option that changes their kind.
 */
public enum Diagnostic {
  UNKNOWN_CODE("SmtpReplyUnknownCode", Kind.ERROR, null,
      "code %d is not an SMTP reply code in the catalog%s"),
  MALFORMED_ENHANCED("SmtpReplyMalformedEnhanced", Kind.ERROR, null,
      "enhanced code \"%s\" is not of the form class.subject.detail with class 2, 4 or 5 (RFC 3463), such as \"5.1.1\""),
  UNKNOWN_ENHANCED("SmtpReplyUnknownEnhanced", Kind.ERROR, null,
      "enhanced code \"%s\" is not in the IANA registry of enhanced status codes%s"),
  CLASS_MISMATCH("SmtpReplyClassMismatch", Kind.ERROR, null,
      "enhanced code \"%s\" is of class %s but reply %d is of class %d; use \"%s\" or another %dyz code"),
  UNKNOWN_CONSTANT("SmtpReplyUnknownConstant", Kind.ERROR, null,
      "%s has no constant %s; %s"),
  ENHANCED_ON_3YZ("SmtpReplyEnhancedOn3yz", Kind.ERROR, null,
      "reply %d is a 3yz intermediate reply, which carries no enhanced code (RFC 2034); remove enhanced = \"%s\""),
  UNUSUAL_PAIRING("SmtpReplyUnusualPairing", Kind.WARNING, "smtpreply.unusualPairing",
      "the IANA registry does not associate enhanced code \"%s\" with reply %d (it lists %s); check the pairing or set -Asmtpreply.unusualPairing=ignore"),
  TEXT_LINE_BREAK("SmtpReplyTextLineBreak", Kind.ERROR, null,
      "reply text contains a CR or LF; a reply line cannot, so split a multi-line reply into separate lines"),
  TEXT_NON_ASCII("SmtpReplyTextNonAscii", Kind.ERROR, null,
      "reply text contains the non-ASCII character '%s'; use ASCII, or set smtputf8 = true if the reply is only sent over SMTPUTF8 (RFC 6531)"),
  TEXT_TOO_LONG("SmtpReplyTextTooLong", Kind.ERROR, null,
      "the reply line would be %d octets, more than the 512 that RFC 5321 (4.5.3.1.5) allows with its CRLF; shorten the text by %d"),
  ELEMENT_KIND("SmtpReplyElementKind", Kind.ERROR, null,
      "@SmtpReply cannot go on %s %s, which emits no reply; put it on the class that is thrown or sent (an exception type, a reply object), on a constant or on a handler method"),
  CONFLICTING_REPLIES("SmtpReplyConflict", Kind.ERROR, null,
      "%s %s declares two different replies, %s and %s; a type or a constant stands for exactly one reply, so keep one (only a handler method may emit several)"),
  DUPLICATE_REPLY("SmtpReplyDuplicate", Kind.WARNING, "smtpreply.duplicateReply",
      "%s %s declares the reply %s twice; remove one copy"),
  LATE_ELEMENT("SmtpReplyLateElement", Kind.WARNING, "smtpreply.lateElement",
      "%s %s was generated after the reply registry and the usage index were written, so they do not list it; generate it in an earlier round"),
  OPTION("SmtpReplyOption", Kind.ERROR, null,
      "-A%s=%s is not valid: %s"),
  CATALOG("SmtpReplyCatalog", Kind.ERROR, null,
      "the SMTP reply catalog cannot be loaded: %s"),
  INTERNAL("SmtpReplyInternal", Kind.ERROR, null,
      "the SMTP reply processor failed; please report this with the trace: %s");

  private final String id;
  private final Kind defaultKind;
  private final String option;
  private final String format;

  Diagnostic(String id, Kind defaultKind, String option, String format) {
    this.id = id;
    this.defaultKind = defaultKind;
    this.option = option;
    this.format = format;
  }

  /** The bracketed id, such as {@code [SmtpReplyUnknownCode]}. */
  public String id() {
    return "[" + id + "]";
  }

  /** The kind when no option changes it. */
  public Kind defaultKind() {
    return defaultKind;
  }

  /** The processor option that sets this diagnostic's kind, or null for a fixed kind. */
  public String option() {
    return option;
  }

  /** The message: its id, then the filled-in format. */
  public String message(Object... arguments) {
    return id() + " " + String.format(java.util.Locale.ROOT, format, arguments);
  }
}

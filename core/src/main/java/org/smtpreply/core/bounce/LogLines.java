package org.smtpreply.core.bounce;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smtpreply.core.EnhancedStatus;

/**
 * Reads what one line of text says about one recipient: a mail-log line of Postfix ({@code
 * to=<...>, relay=..., dsn=5.1.1, status=bounced (host ... said: 550 ...)}), Exim ({@code **}
 * failed, {@code ==} deferred, {@code =>} delivered) or Sendmail ({@code to=<...>, ..., dsn=5.1.1,
 * stat=User unknown}); a single field of a delivery status notification ({@code Diagnostic-Code:},
 * {@code Status:}); or a reply pasted with what a log or a bounce printed around it. Thread-safe.
 */
public final class LogLines {
  private static final Pattern POSTFIX = Pattern.compile(
      "\\bpostfix/\\S+?\\[\\d+\\]: (?:[0-9A-Za-z]+: )?(?:to=<([^>]*)>.*?)?"
          + "(?:, relay=([^,\\s]+))?.*?(?:, dsn=([245]\\.[0-9]{1,3}\\.[0-9]{1,3}))?, status=(\\w+)(?: \\((.*)\\)|,[^()]*)?\\s*$");
  private static final Pattern EXIM = Pattern.compile(
      "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?: [+-]\\d{4})? (?:\\[\\d+\\] )?\\S+ (\\*\\*|==|=>|->|\\*>) (\\S+)(.*)$");
  private static final Pattern SENDMAIL = Pattern.compile(
      "\\bto=<?([^,>\\s]+)>?,.*?(?:\\brelay=([^\\s,]+?)\\.?(?: \\[[^\\]]*\\])?,.*?)?\\bdsn=([245]\\.[0-9]{1,3}\\.[0-9]{1,3}), stat=(.*)$");
  private static final Pattern FIELD = Pattern.compile("(?i)^(diagnostic-code|status|action|final-recipient)\\s*:\\s*(.*)$");
  private static final Pattern ADDRESS = Pattern.compile("<([^<>@\\s]+@[^<>\\s]+)>");
  private static final Pattern BARE_ADDRESS = Pattern.compile("^<?([^<>@\\s:]+@[^<>\\s:]+?)>?:?(?=\\s|$)");

  private static final Pattern RELAY_PORT = Pattern.compile("[\\[:].*$");
  private static final Pattern EXIM_ADDRESS_MARKS = Pattern.compile("^<|>:?$|:$");
  private static final Pattern H_FIELD = Pattern.compile("\\bH=(\\S+)");
  private static final Pattern EXIM_FIELDS = Pattern.compile("\\bH=\\S+(?: \\[[^\\]]*\\])?(?: \\S+=\\S+)*:");
  private static final Pattern STAT_WORD = Pattern.compile("(?i)^(deferred|sent)\\s*:?\\s*");
  private static final Pattern PARENTHESES = Pattern.compile("^\\((.*)\\)$");
  /** A dot that ends a host name ({@code mx.example.com.}), cut off. */
  static final Pattern FINAL_DOT = Pattern.compile("\\.$");
  /** From the first white space to the end: what follows a code in a status field, cut off. */
  static final Pattern FROM_SPACE = Pattern.compile("\\s.*$");
  private static final Pattern SERVER_HOST = Pattern.compile("(?i)\\bserver ([a-z0-9][a-z0-9.-]*[a-z0-9])\\[");

  private LogLines() {}

  /** What {@code line} says about one recipient, or empty when it holds no reply, status or log entry. */
  public static Optional<RecipientReport> read(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m;
    if ((m = POSTFIX.matcher(s)).find()) {
      return Optional.of(postfix(m));
    }
    if ((m = EXIM.matcher(s)).find()) {
      return Optional.of(exim(m));
    }
    if ((m = SENDMAIL.matcher(s)).find()) {
      return Optional.of(sendmail(m));
    }
    if ((m = FIELD.matcher(s)).find()) {
      return field(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
    }
    return reply(s, "text");
  }

  private static RecipientReport postfix(Matcher m) {
    String status = m.group(4).toLowerCase(Locale.ROOT);
    String detail = m.group(5) == null ? "" : m.group(5);
    Optional<EnhancedStatus> dsn = Optional.ofNullable(m.group(3)).flatMap(EnhancedStatus::parse);
    ReplyFinder.Found found = ReplyFinder.find(detail);
    Action action = switch (status) {
      case "sent" -> Action.DELIVERED;
      case "deferred" -> Action.DELAYED;
      default -> Action.FAILED;
    };
    Optional<String> relay = Optional.ofNullable(m.group(2)).map(r -> RELAY_PORT.matcher(r).replaceFirst(""))
        .filter(r -> !r.equals("none") && !r.equals("local") && !r.isEmpty());
    Optional<String> host = found.remoteMta().or(() -> relay).or(() -> hostInText(detail));
    return new RecipientReport(Optional.ofNullable(m.group(1)).filter(r -> !r.isEmpty()), action, found.code(),
        status(dsn, found.enhanced()), text(found), found.reply(), host, status.equals("expired"), "postfix-log");
  }

  private static RecipientReport exim(Matcher m) {
    String flag = m.group(1);
    String rest = m.group(3);
    String recipient = EXIM_ADDRESS_MARKS.matcher(m.group(2)).replaceAll("");
    // "** a@example.com: Unrouteable address": the colon after the address starts the message.
    boolean colonAfterAddress = m.group(2).endsWith(":");
    int colon = colonAfterAddress ? -1 : detailStart(rest);
    String detail = colonAfterAddress ? rest.strip() : colon < 0 ? "" : rest.substring(colon + 1).strip();
    ReplyFinder.Found found = ReplyFinder.find(rest.contains("SMTP error") ? rest : detail);
    Action action = switch (flag) {
      case "==" -> Action.DELAYED;
      case "=>", "->", "*>" -> Action.DELIVERED;
      default -> Action.FAILED;
    };
    boolean gaveUp = action == Action.FAILED && detail.toLowerCase(Locale.ROOT).contains("retry timeout exceeded");
    Optional<String> host = found.remoteMta();
    if (action == Action.DELIVERED) {
      Matcher h = H_FIELD.matcher(rest);
      host = h.find() ? Optional.of(h.group(1)) : Optional.empty();
      return new RecipientReport(Optional.of(recipient), action, OptionalInt.empty(), Optional.empty(), "",
          Optional.empty(), host, false, "exim-log");
    }
    return new RecipientReport(Optional.of(recipient), action, found.code(), found.enhanced(), text(found),
        found.reply(), host, gaveUp, "exim-log");
  }

  /** Where Exim's message starts: after the colon that ends the router, transport and host fields. */
  private static int detailStart(String rest) {
    Matcher host = EXIM_FIELDS.matcher(rest);
    if (host.find()) {
      return host.end() - 1;
    }
    return rest.indexOf(':');
  }

  private static RecipientReport sendmail(Matcher m) {
    String stat = m.group(4).strip();
    Optional<EnhancedStatus> dsn = EnhancedStatus.parse(m.group(3));
    String lower = stat.toLowerCase(Locale.ROOT);
    Action action = lower.startsWith("sent") ? Action.DELIVERED
        : lower.startsWith("deferred") ? Action.DELAYED : Action.FAILED;
    String detail = PARENTHESES.matcher(STAT_WORD.matcher(stat).replaceFirst("")).replaceFirst("$1");
    ReplyFinder.Found found = ReplyFinder.find(detail);
    Optional<String> relay = Optional.ofNullable(m.group(2)).map(r -> FINAL_DOT.matcher(r).replaceFirst(""));
    return new RecipientReport(Optional.of(m.group(1)), action, found.code(), status(dsn, found.enhanced()),
        text(found), found.reply(), relay, false, "sendmail-log");
  }

  private static Optional<RecipientReport> field(String name, String value) {
    switch (name) {
      case "status" -> {
        Optional<EnhancedStatus> status = EnhancedStatus.parse(FROM_SPACE.matcher(value.strip()).replaceFirst(""));
        return status.map(s -> new RecipientReport(Optional.empty(), Action.ofClass(s.classDigit()), OptionalInt.empty(),
            Optional.of(s), "", Optional.empty(), Optional.empty(), false, "dsn-field"));
      }
      case "diagnostic-code" -> {
        return reply("Diagnostic-Code: " + value, "dsn-field");
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /** A reply, and what was printed around it. */
  static Optional<RecipientReport> reply(String s, String source) {
    ReplyFinder.Found found = ReplyFinder.find(s);
    if (found.code().isEmpty() && found.enhanced().isEmpty()) {
      return Optional.empty();
    }
    int classDigit = found.code().isPresent() ? found.code().getAsInt() / 100 : found.enhanced().get().classDigit();
    return Optional.of(new RecipientReport(recipientIn(s), Action.ofClass(classDigit), found.code(), found.enhanced(),
        text(found), found.reply(), found.remoteMta(), false, source));
  }

  /**
   * The recipient a reply names: an address at the start of the line, else the first address in
   * angle brackets, unless the reply is about the sender.
   */
  static Optional<String> recipientIn(String s) {
    Matcher bare = BARE_ADDRESS.matcher(s.strip());
    if (bare.find()) {
      return Optional.of(bare.group(1));
    }
    if (s.toLowerCase(Locale.ROOT).contains("sender")) {
      return Optional.empty();
    }
    Matcher m = ADDRESS.matcher(s);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The enhanced code of a report: the one its status field gives, unless that is the generic
   * {@code X.0.0} and the reply carries a more specific one of the same class (Exim and Courier
   * always write 5.0.0).
   */
  static Optional<EnhancedStatus> status(Optional<EnhancedStatus> field, Optional<EnhancedStatus> inReply) {
    if (field.isEmpty()) {
      return inReply;
    }
    if (field.get().subject() == 0 && field.get().detail() == 0 && inReply.isPresent()
        && inReply.get().classDigit() == field.get().classDigit()) {
      return inReply;
    }
    return field;
  }

  private static String text(ReplyFinder.Found found) {
    return found.text();
  }

  private static Optional<String> hostInText(String detail) {
    Matcher m = SERVER_HOST.matcher(detail);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}

package org.smtpreply.core.bounce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smtpreply.core.EnhancedStatus;

/**
 * The fields of a delivery status notification's {@code message/delivery-status} part (RFC 3464,
 * section 2): the per-message fields, then one group of fields per recipient, groups separated by
 * blank lines, long fields folded onto indented lines. Field names are kept in lower case.
 *
 * @param message    the per-message fields ({@code reporting-mta}, {@code arrival-date}, ...)
 * @param recipients the per-recipient fields ({@code final-recipient}, {@code action},
 *                   {@code status}, {@code remote-mta}, {@code diagnostic-code}, ...), in order
 */
public record DeliveryStatus(Map<String, String> message, List<Map<String, String>> recipients) {
  private static final Pattern COMMENT = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern COMMENT_WHOLE = Pattern.compile("\\([^()]*\\)");
  private static final Pattern ANGLES = Pattern.compile("^<|>$");

  /** Copies the maps and the list. */
  public DeliveryStatus {
    message = Map.copyOf(message);
    recipients = recipients.stream().map(Map::copyOf).toList();
  }

  /** Reads the fields of {@code body}, the text of a {@code message/delivery-status} part. */
  public static DeliveryStatus parse(String body) {
    List<Map<String, String>> groups = new ArrayList<>();
    Map<String, String> group = new LinkedHashMap<>();
    String name = null;
    for (String line : BounceText.lines(body)) {
      if (line.isBlank()) {
        if (!group.isEmpty()) {
          groups.add(group);
          group = new LinkedHashMap<>();
        }
        name = null;
        continue;
      }
      if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
        group.merge(name, " " + line.strip(), String::concat);
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      group.putIfAbsent(name, line.substring(colon + 1).strip());
    }
    if (!group.isEmpty()) {
      groups.add(group);
    }
    if (groups.isEmpty()) {
      return new DeliveryStatus(Map.of(), List.of());
    }
    // The per-message group comes first; a notification may leave it out.
    boolean firstIsRecipient = groups.get(0).containsKey("final-recipient") || groups.get(0).containsKey("action");
    Map<String, String> message = firstIsRecipient ? Map.of() : groups.get(0);
    List<Map<String, String>> recipients = new ArrayList<>(groups.subList(firstIsRecipient ? 0 : 1, groups.size()));
    recipients.removeIf(g -> !g.containsKey("final-recipient") && !g.containsKey("action") && !g.containsKey("status"));
    return new DeliveryStatus(message, recipients);
  }

  /** What each recipient's fields say, in order. */
  public List<RecipientReport> reports() {
    List<RecipientReport> reports = new ArrayList<>();
    for (Map<String, String> fields : recipients) {
      reports.add(report(fields));
    }
    return reports;
  }

  private static RecipientReport report(Map<String, String> fields) {
    Optional<String> recipient = Optional.ofNullable(fields.get("final-recipient"))
        .or(() -> Optional.ofNullable(fields.get("original-recipient")))
        .map(DeliveryStatus::afterType).map(a -> ANGLES.matcher(a).replaceAll("")).filter(a -> !a.isEmpty());
    Optional<EnhancedStatus> status = Optional.ofNullable(fields.get("status"))
        .map(s -> LogLines.FROM_SPACE.matcher(withoutComment(s)).replaceFirst("")).flatMap(EnhancedStatus::parse);
    String diagnostic = fields.getOrDefault("diagnostic-code", "");
    // Without a Diagnostic-Code, the words of the Status field's comment are all the part says.
    ReplyFinder.Found found = diagnostic.isEmpty()
        ? new ReplyFinder.Found(OptionalInt.empty(), Optional.empty(), comment(fields.getOrDefault("status", "")),
            Optional.empty(), Optional.empty())
        : ReplyFinder.find("Diagnostic-Code: " + diagnostic);
    Optional<EnhancedStatus> enhanced = LogLines.status(status, found.enhanced());
    int classDigit = found.code().isPresent() ? found.code().getAsInt() / 100
        : enhanced.map(EnhancedStatus::classDigit).orElse(5);
    Action action = Optional.ofNullable(fields.get("action")).flatMap(Action::of)
        .orElse(Action.ofClass(classDigit));
    Optional<String> remote = Optional.ofNullable(fields.get("remote-mta")).map(DeliveryStatus::afterType)
        .map(DeliveryStatus::withoutComment).map(h -> LogLines.FINAL_DOT.matcher(h).replaceFirst(""))
        .filter(h -> !h.isEmpty());
    boolean gaveUp = action == Action.FAILED && enhanced.map(e -> e.classDigit() == 4).orElse(classDigit == 4);
    return new RecipientReport(recipient, action, found.code(), enhanced, found.text(), found.reply(), remote, gaveUp,
        "dsn");
  }

  /** {@code rfc822; bob@example.com} without its type: {@code bob@example.com}. */
  private static String afterType(String value) {
    int semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.substring(semicolon + 1)).strip();
  }

  /** The words of {@code value}'s comments: {@code host name lookup failure} of {@code 4.0.0 (host name lookup failure)}. */
  private static String comment(String value) {
    StringBuilder words = new StringBuilder();
    Matcher m = COMMENT.matcher(value);
    while (m.find()) {
      words.append(words.length() == 0 ? "" : " ").append(m.group(1).strip());
    }
    return words.toString();
  }

  private static String withoutComment(String value) {
    return (value.indexOf('(') < 0 ? value : COMMENT_WHOLE.matcher(value).replaceAll("")).strip();
  }
}

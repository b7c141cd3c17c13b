package org.smtpreply.core.bounce;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smtpreply.core.EnhancedStatus;

/**
 * Reads the human-readable part of a bounce message, for the senders that put the remote reply in
 * text rather than (or besides) a delivery status notification: Postfix ({@code <bob@...>: host
 * ... said: 550 ...}), Exim ({@code SMTP error from remote mail server after RCPT TO:...}), qmail
 * ({@code <bob@...>:} then {@code Remote host said: ...} or {@code (#5.1.1)}), Sendmail's
 * transcript ({@code <<< 550 ...}), Exchange and Microsoft 365 ({@code Remote Server returned
 * '550 ...'}), Gmail ({@code The response from the remote server was:}) and the like. The text is
 * read paragraph by paragraph; a paragraph's reply belongs to the address it names, else to the
 * address that stood alone just before it.
 */
public final class BounceText {
  private static final Pattern ADDRESS_ONLY =
      Pattern.compile("^\\s*<?([^\\s<>@:'\"]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})>?:?\\s*$");
  private static final Pattern LEADING_ADDRESS =
      Pattern.compile("^\\s*<([^\\s<>@]+@[A-Za-z0-9.-]+)>:?");
  private static final Pattern RCPT_TO = Pattern.compile("(?i)RCPT TO:\\s*<([^<>@\\s]+@[^<>\\s]+)>");
  private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^<>@\\s]+@[A-Za-z0-9.-]+)>");
  /**
   * What says a paragraph holds a reply, besides a line that starts with a code ({@link
   * #LINE_CODE}): each pattern (case-insensitive) with the word it needs, in lower case. A pattern
   * runs only when its word is in the paragraph: one pattern of all the alternatives tried every
   * one at every position of every paragraph.
   */
  private static final List<Cue> REPLY_CUES = List.of(
      new Cue("said:", "\\bsaid:"),
      new Cue("smtp error from remote", "smtp error from remote"),
      new Cue("remote server returned", "remote server returned"),
      new Cue("(reason:", "\\(reason:"),
      new Cue("<<< ", "<<< [2-5][0-9][0-9]"),
      new Cue("(#", "\\(#[245]\\.[0-9]"),
      new Cue("the response ", "the response (?:from the remote server )?was:"),
      new Cue("diagnostic-code:", "\\bdiagnostic-code:"));
  private static final Pattern LINE_CODE = Pattern.compile("^\\s*#?[45][0-9][0-9][ -]", Pattern.MULTILINE);
  private static final Pattern SENDMAIL_REPLY = Pattern.compile("(?m)^<<< (.*)$");
  private static final Pattern REASON = Pattern.compile("(?is)^.*?\\(reason:\\s*(.*?)\\)\\s*$");
  private static final Pattern TALKING_TO = Pattern.compile("(?i)while talking to ([A-Za-z0-9.-]+?)\\.?:");
  private static final Pattern BRACKETS_AND_COLONS = Pattern.compile("[<>:]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern BECAUSE = Pattern.compile("(?i)^because:?\\s*$");

  /** A pattern of {@link #REPLY_CUES} and the word without which it cannot match. */
  private record Cue(String word, Pattern pattern) {
    Cue(String word, String pattern) {
      this(word, Pattern.compile(pattern, Pattern.CASE_INSENSITIVE));
    }
  }

  private BounceText() {}

  /** What {@code text} says about each recipient it names, in order, each recipient once. */
  public static List<RecipientReport> read(String text) {
    List<RecipientReport> reports = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String lastAddress = null;
    for (String paragraph : paragraphs(text)) {
      Matcher alone = ADDRESS_ONLY.matcher(paragraph);
      if (alone.matches()) {
        lastAddress = alone.group(1);
        continue;
      }
      if (!replyLike(paragraph)) {
        Matcher first = ADDRESS_ONLY.matcher(paragraph.lines().findFirst().orElse(""));
        if (first.matches()) {
          lastAddress = first.group(1);
        }
        continue;
      }
      Optional<String> recipient = recipientOf(paragraph).or(() -> Optional.ofNullable(
          paragraph.lines().map(ADDRESS_ONLY::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst()
              .orElse(null)));
      if (recipient.isEmpty() && lastAddress != null) {
        recipient = Optional.of(lastAddress);
      }
      ReplyFinder.Found found = ReplyFinder.find(fragment(paragraph));
      if (found.code().isEmpty() && found.enhanced().isEmpty()) {
        continue;
      }
      String key = recipient.orElse("|" + found.code() + "|" + found.enhanced());
      if (!seen.add(key)) {
        continue;
      }
      int classDigit = found.code().isPresent() ? found.code().getAsInt() / 100
          : found.enhanced().map(EnhancedStatus::classDigit).orElse(5);
      reports.add(new RecipientReport(recipient, Action.ofClass(classDigit), found.code(), found.enhanced(),
          found.text(), found.reply(), found.remoteMta(), false, "text"));
    }
    return reports;
  }

  /** Whether {@code paragraph} holds a reply: one of {@link #REPLY_CUES}, or a line that starts with a code. */
  private static boolean replyLike(String paragraph) {
    String lower = paragraph.toLowerCase(Locale.ROOT);
    for (Cue cue : REPLY_CUES) {
      if (lower.contains(cue.word()) && cue.pattern().matcher(paragraph).find()) {
        return true;
      }
    }
    return LINE_CODE.matcher(paragraph).find();
  }

  /**
   * What {@code text} says about {@code recipient} in words, for a failure reported without any
   * reply: the paragraph that names it ({@code Invalid address - nair_s}), with the one after it
   * when the name stands alone. Empty when no paragraph names it.
   */
  public static String about(String text, String recipient) {
    String name = recipient.toLowerCase(Locale.ROOT);
    List<String> paragraphs = paragraphs(text);
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      if (!paragraph.toLowerCase(Locale.ROOT).contains(name)) {
        continue;
      }
      if (BRACKETS_AND_COLONS.matcher(paragraph.strip()).replaceAll("").equalsIgnoreCase(recipient)) {
        return wordsAfter(paragraphs, i);
      }
      return SPACES.matcher(paragraph.strip()).replaceAll(" ");
    }
    return "";
  }

  /**
   * The failures of a bounce that gives no reply code at all (Lotus Domino: {@code was not
   * delivered to:}, the address alone, then {@code because:} and the words): one failure per
   * address that stands alone on its paragraph, with the words that follow it.
   */
  public static List<RecipientReport> readWithoutCodes(String text) {
    List<RecipientReport> reports = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    List<String> paragraphs = paragraphs(text);
    for (int i = 0; i < paragraphs.size(); i++) {
      Matcher alone = ADDRESS_ONLY.matcher(paragraphs.get(i));
      if (alone.matches() && seen.add(alone.group(1).toLowerCase(Locale.ROOT))) {
        String words = wordsAfter(paragraphs, i);
        if (!words.isEmpty()) {
          reports.add(new RecipientReport(Optional.of(alone.group(1)), Action.FAILED, OptionalInt.empty(),
              Optional.empty(), words, Optional.empty(), Optional.empty(), false, "text"));
        }
      }
    }
    return reports;
  }

  /** The words of the paragraphs after the {@code at}-th, up to the next address or three paragraphs. */
  private static String wordsAfter(List<String> paragraphs, int at) {
    StringBuilder words = new StringBuilder();
    for (int i = at + 1; i < paragraphs.size() && i <= at + 3; i++) {
      String paragraph = paragraphs.get(i).strip();
      if (ADDRESS_ONLY.matcher(paragraph).matches() || paragraph.startsWith("---")) {
        break;
      }
      if (paragraph.endsWith(":") && !paragraph.contains(" ")) {
        continue;
      }
      words.append(words.length() == 0 ? "" : " ").append(BECAUSE.matcher(paragraph).replaceFirst(""));
    }
    return SPACES.matcher(words).replaceAll(" ").strip();
  }

  /** The recipient a paragraph names: after RCPT TO, or the address it starts with. */
  private static Optional<String> recipientOf(String paragraph) {
    Matcher rcpt = RCPT_TO.matcher(paragraph);
    if (rcpt.find()) {
      return Optional.of(rcpt.group(1));
    }
    Matcher leading = LEADING_ADDRESS.matcher(paragraph);
    if (leading.find()) {
      return Optional.of(leading.group(1));
    }
    String lower = paragraph.toLowerCase(Locale.ROOT);
    if (!lower.contains("sender")) {
      Matcher angle = ANGLE_ADDRESS.matcher(paragraph);
      if (angle.find() && !lower.contains("mail from")) {
        return Optional.of(angle.group(1));
      }
    }
    return Optional.empty();
  }

  /** The part of a paragraph from where its reply is introduced. */
  private static String fragment(String paragraph) {
    Matcher sendmail = SENDMAIL_REPLY.matcher(paragraph);
    if (paragraph.contains("<<< ") && sendmail.find()) {
      StringBuilder reply = new StringBuilder(sendmail.group(1));
      while (sendmail.find()) {
        reply.append('\n').append(sendmail.group(1));
      }
      String host = hostOf(paragraph);
      return (host.isEmpty() ? "" : "host " + host + "[] said: ") + reply;
    }
    // The pattern is case-insensitive in ASCII only: no other letter lower-cases to one of "(reason:".
    if (!paragraph.toLowerCase(Locale.ROOT).contains("(reason:")) {
      return paragraph;
    }
    return REASON.matcher(paragraph).replaceFirst("$1");
  }

  private static String hostOf(String paragraph) {
    Matcher m = TALKING_TO.matcher(paragraph);
    return m.find() ? m.group(1) : "";
  }

  /**
   * The paragraphs of {@code text}: runs of lines between blank lines; a line that starts a new
   * address block ({@code <bob@...>:}, qmail and Postfix) starts a new paragraph too.
   */
  static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines(text)) {
      boolean starts = startsWithAngle(line) && LEADING_ADDRESS.matcher(line).find();
      if (line.isBlank() || starts) {
        if (current.length() > 0) {
          paragraphs.add(current.toString());
          current.setLength(0);
        }
        if (line.isBlank()) {
          continue;
        }
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(line);
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    return paragraphs;
  }

  /** The lines of {@code text}, split at CR LF, CR or LF, without their ends (no regular expression). */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < length) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /**
   * Whether {@code line} can start an address block, tested before {@link #LEADING_ADDRESS}: it is
   * not indented by a space or a tab (such a line continues its paragraph), and its first character
   * other than white space is {@code <}.
   */
  private static boolean startsWithAngle(String line) {
    if (line.startsWith(" ") || line.startsWith("\t")) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '<') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != 0x0B && c != '\f') {
        return false;
      }
    }
    return false;
  }
}

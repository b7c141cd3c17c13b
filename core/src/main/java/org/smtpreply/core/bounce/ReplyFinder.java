package org.smtpreply.core.bounce;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smtpreply.core.EnhancedStatus;
import org.smtpreply.core.Reply;
import org.smtpreply.core.ReplyParseException;
import org.smtpreply.core.ReplyParser;

/**
 * Finds the remote server's reply in what a bounce message or a mail log says around it, and the
 * server's name: {@code host mx.example.net[192.0.2.7] said: 550 5.1.1 ... (in reply to RCPT TO
 * command)} (Postfix), {@code H=mx.example.net [192.0.2.7]: SMTP error from remote mail server
 * after RCPT TO:<...>: 550 ...} (Exim), {@code Remote host said: ...} (qmail), {@code <<< 550 ...}
 * (Sendmail's transcript), {@code Remote Server returned '550 ...'} (Exchange), {@code
 * Diagnostic-Code: smtp; 550 ...} (RFC 3464), and providers' own ways of writing a reply ({@code
 * 550: 5.2.2 ...}, {@code 550, ERROR_CODE :5.1.1 ...}, {@code 5.1.1 550 ...}, {@code #550 5.1.1 ...
 * ##}). What a server said without a reply code ({@code Host or domain name not found}) is kept as
 * text. A reply the strict parser refuses (Microsoft's {@code 550 4.4.7}) still gives its code and
 * enhanced code.
 */
public final class ReplyFinder {
  /**
   * What was found.
   *
   * @param code      the basic reply code, when there is one
   * @param enhanced  the enhanced code, when there is one
   * @param text      what the server said, without its codes
   * @param reply     the reply, when it parses as one
   * @param remoteMta the server's host name, when named
   */
  public record Found(OptionalInt code, Optional<EnhancedStatus> enhanced, String text, Optional<Reply> reply,
      Optional<String> remoteMta) {}

  private static final Pattern IN_REPLY_TO = Pattern.compile("\\s*\\(in reply to [^()]*\\)\\s*$");
  private static final Pattern HOST_SAID =
      Pattern.compile("(?i)\\bhost ([a-z0-9][a-z0-9.-]*[a-z0-9])\\.?\\s*\\[[^\\]]*\\](?::\\d+)?\\s*said:\\s*");
  private static final Pattern SMTP_ERROR =
      Pattern.compile("(?i)SMTP error from remote (?:mail server|mailer) after (?:[^:<]*:\\s*<[^>]*>[^:]*|[^:<]*):\\s*");
  private static final Pattern H_HOST = Pattern.compile("\\bH=([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])");
  private static final Pattern EXIM_HOST =
      Pattern.compile("(?i)\\bhost ([a-z0-9][a-z0-9.-]*[a-z0-9])\\.? \\[[0-9a-f.:]+\\]");
  private static final Pattern CONNECT_TO =
      Pattern.compile("(?i)\\b(?:connect to|while talking to|server) ([a-z0-9][a-z0-9.-]*[a-z0-9])\\.?(?:\\[|:| \\[)");
  private static final Pattern QMAIL_HOST = Pattern.compile(
      "(?i)\\b([0-9]{1,3}(?:\\.[0-9]{1,3}){3}) (?:does not like recipient|does not like sender|failed after i sent the message)");
  private static final Pattern SAID = Pattern.compile(
      "(?i)(?:remote host said:|remote server returned '|the response (?:from the remote server )?was:|diagnostic-code:\\s*\\w+\\s*;|<<<)\\s*");
  private static final Pattern REPLY_START =
      Pattern.compile("(?<![\\w.@-])#?[2-5][0-9][0-9](?=[ \\t,:-]|$)");
  private static final Pattern VARIANT_COLON = Pattern.compile("^(#?[2-5][0-9][0-9])(?::|,)\\s*");
  private static final Pattern TOKEN_COLON = Pattern.compile("^(\\S+)\\s*:\\s*(?=[245]\\.[0-9])");
  private static final Pattern ENHANCED_FIRST =
      Pattern.compile("^([245]\\.[0-9]{1,3}\\.[0-9]{1,3})\\s+([2-5][0-9][0-9])(?=[ \\t-]|$)");

  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");
  private static final Pattern LEADING_COLON = Pattern.compile("^\\s*:?\\s*");
  private static final Pattern TRAILING_QUOTE = Pattern.compile("'\\s*$");
  private static final Pattern TRAILING_HASHES = Pattern.compile("\\s*##\\s*$");
  private static final Pattern ADDRESS = Pattern.compile("<?[^\\s<>]+@[^\\s<>]+>?:?");
  private static final Pattern CODE_SEPARATOR = Pattern.compile("^[ \\t-]+");

  private ReplyFinder() {}

  /** The reply {@code fragment} holds (one line, or several to be read as one), and the server named. */
  public static Found find(String fragment) {
    String s = (fragment.indexOf('\n') < 0 && fragment.indexOf('\r') < 0 ? fragment
        : LINE_BREAKS.matcher(fragment).replaceAll(" ")).strip();
    if (s.contains("(in reply to ")) {
      s = IN_REPLY_TO.matcher(s).replaceFirst("");
    }
    // Each pattern runs only when the words it needs are there (its case-insensitivity is ASCII's,
    // so the lower-case copy holds them whenever it would match): most run on every reply of a
    // notification, and trying them at every position was most of reading a status part.
    String lower = s.toLowerCase(Locale.ROOT);
    Optional<String> host = Optional.empty();
    String reply = s;
    Matcher m;
    if ((m = find(HOST_SAID, s, lower.contains("host ") && lower.contains("said:"))) != null) {
      host = Optional.of(m.group(1));
      reply = s.substring(m.end());
    } else {
      if ((m = find(H_HOST, s, s.contains("H="))) != null
          || (m = find(EXIM_HOST, s, lower.contains("host "))) != null
          || (m = find(CONNECT_TO, s, lower.contains("connect to ") || lower.contains("while talking to ")
              || lower.contains("server "))) != null
          || (m = find(QMAIL_HOST, s, lower.contains("does not like ")
              || lower.contains("failed after i sent"))) != null) {
        host = Optional.of(m.group(1));
      }
      Matcher said = find(SMTP_ERROR, s, lower.contains("smtp error from remote "));
      if (said == null) {
        said = find(SAID, s, lower.contains("said:") || lower.contains("returned '") || lower.contains("was:")
            || lower.contains("diagnostic-code:") || s.contains("<<<"));
      }
      if (said != null) {
        reply = s.substring(said.end());
        Matcher exim = EXIM_HOST.matcher(reply);
        if (exim.lookingAt()) {
          host = Optional.of(exim.group(1));
          reply = LEADING_COLON.matcher(reply.substring(exim.end())).replaceFirst("");
        }
      }
    }
    if (reply.indexOf('\'') >= 0) {
      reply = TRAILING_QUOTE.matcher(reply).replaceFirst("");
    }
    if (reply.contains("##")) {
      reply = TRAILING_HASHES.matcher(reply).replaceFirst("");
    }
    return read(reply.strip(), host);
  }

  /**
   * {@code pattern}'s matcher after it found a match in {@code s}; null when it did not, or when it
   * cannot ({@code possible} false: a word it needs is missing).
   */
  private static Matcher find(Pattern pattern, String s, boolean possible) {
    if (!possible) {
      return null;
    }
    Matcher m = pattern.matcher(s);
    return m.find() ? m : null;
  }

  private static Found read(String candidate, Optional<String> host) {
    String s = candidate;
    Matcher enhancedFirst = ENHANCED_FIRST.matcher(s);
    if (enhancedFirst.find()) {
      s = enhancedFirst.group(2) + " " + enhancedFirst.group(1) + s.substring(enhancedFirst.end());
    }
    Matcher start = REPLY_START.matcher(s);
    if (!start.lookingAt() && start.find()
        && ADDRESS.matcher(s.substring(0, start.start()).strip()).matches()) {
      // An address before the reply, as older Exchange NDRs print it: "walter@example.com #550 5.1.1 ...".
      s = s.substring(start.start());
    }
    Matcher variant = VARIANT_COLON.matcher(s);
    if (variant.find()) {
      String rest = s.substring(variant.end());
      Matcher token = TOKEN_COLON.matcher(rest);
      if (token.find()) {
        rest = token.group(1) + " " + rest.substring(token.end());
      }
      s = variant.group(1) + " " + rest;
    }
    try {
      Reply reply = ReplyParser.parse(s);
      return new Found(reply.code(), reply.enhanced(), reply.text(), Optional.of(reply), host);
    } catch (ReplyParseException e) {
      return lenient(s, candidate, host);
    }
  }

  /** What a reply the parser refuses still tells: its leading code, its enhanced code, its words. */
  private static Found lenient(String s, String candidate, Optional<String> host) {
    Matcher start = REPLY_START.matcher(s);
    OptionalInt code = OptionalInt.empty();
    String rest = s;
    if (start.lookingAt()) {
      String digits = start.group().replace("#", "");
      code = OptionalInt.of(Integer.parseInt(digits));
      rest = CODE_SEPARATOR.matcher(s.substring(start.end())).replaceFirst("");
    }
    Optional<EnhancedStatus> enhanced = EnhancedStatus.find(rest);
    String text = enhanced.isPresent() && rest.startsWith(enhanced.get().toString())
        ? rest.substring(enhanced.get().toString().length()).strip() : rest;
    if (code.isEmpty() && enhanced.isEmpty()) {
      text = candidate;
    }
    return new Found(code, enhanced, text, Optional.empty(), host);
  }
}

package org.smtpreply.bounce;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.bounce.Diagnoser;
import org.smtpreply.catalog.bounce.Diagnosis;
import org.smtpreply.core.bounce.Action;
import org.smtpreply.core.bounce.BouncePolicy;
import org.smtpreply.core.bounce.BounceText;
import org.smtpreply.core.bounce.DeliveryStatus;
import org.smtpreply.core.bounce.LogLines;
import org.smtpreply.core.bounce.RecipientReport;

/**
 * Reads bounces as people hold them, for bounce handlers and support staff: a whole bounce
 * message (RFC 5322, with its MIME parts), an mbox of many, or one line of a mail log or a
 * bounce. For each failed or delayed recipient it tells the reply, the reason, the provider and
 * the two verdicts (retry the message or not; suppress the address or keep it). Thread-safe.
 *
 * <pre>{@code
 * BounceReader reader = BounceReader.builtIn();
 * for (BounceMessage message : reader.read(Files.newInputStream(mbox))) {
 *   for (Diagnosis d : message.results()) {
 *     if (d.suppressAddress()) { unsubscribe(d.report().recipient().orElseThrow()); }
 *   }
 * }
 * }</pre>
 */
public final class BounceReader {
  /** The most bytes of one message read; the rest of a larger message is skipped. */
  public static final int MAX_MESSAGE = 16 << 20;

  private final Diagnoser diagnoser;

  /** A reader with {@code catalog}'s reasons and providers and the RFC 5321 policy. */
  public BounceReader(Catalog catalog) {
    this(catalog, BouncePolicy.rfc5321());
  }

  /** A reader with {@code catalog}'s reasons and providers, deciding suppression by {@code policy}. */
  public BounceReader(Catalog catalog, BouncePolicy policy) {
    this.diagnoser = new Diagnoser(Objects.requireNonNull(catalog), policy);
  }

  /** A reader with the built-in catalog. */
  public static BounceReader builtIn() {
    return new BounceReader(Catalog.builtIn());
  }

  /** Every message of {@code in}: an mbox (it starts with a {@code From } line) or one message. */
  public List<BounceMessage> read(InputStream in) throws IOException {
    List<BounceMessage> messages = new ArrayList<>();
    read(in, messages::add);
    return messages;
  }

  /**
   * Reads every message of {@code in}, an mbox or one message, handing each to {@code sink} as soon
   * as it is read: an mbox of any size is read one message at a time.
   */
  public void read(InputStream in, Consumer<BounceMessage> sink) throws IOException {
    Mbox.split(in, MAX_MESSAGE, (index, message) -> sink.accept(readMessage(index, message)));
  }

  /** What one line of a mail log, or a reply pasted with its surroundings, says; empty when it says nothing. */
  public Optional<Diagnosis> readLine(String line) {
    return LogLines.read(line).map(diagnoser::diagnose);
  }

  /** What one message says. */
  public BounceMessage readMessage(InputStream message) throws IOException {
    return readMessage(1, message.readAllBytes());
  }

  private BounceMessage readMessage(int index, byte[] message) throws IOException {
    MailParts parts = MailParts.read(new ByteArrayInputStream(message));
    String subject = parts.headers().getOrDefault("subject", "");
    List<RecipientReport> fromStatus = new ArrayList<>();
    parts.status().forEach(body -> fromStatus.addAll(DeliveryStatus.parse(body).reports()));
    String text = String.join("\n\n", parts.plain().isEmpty() ? parts.html() : parts.plain());
    List<RecipientReport> fromText = BounceText.read(text);
    List<RecipientReport> reports = new ArrayList<>();
    if (!fromStatus.isEmpty()) {
      for (RecipientReport report : fromStatus) {
        if (report.action().isFailure()) {
          reports.add(complete(report, fromText));
        }
      }
      if (reports.isEmpty()) {
        boolean relayed = fromStatus.stream().anyMatch(r -> r.action() == Action.RELAYED);
        return new BounceMessage(index, subject, Optional.of(relayed ? NoFailure.RELAYED : NoFailure.DELIVERED),
            List.of());
      }
    } else if (parts.feedback() || parts.reportType().equals("feedback-report")) {
      return new BounceMessage(index, subject, Optional.of(NoFailure.FEEDBACK_REPORT), List.of());
    } else if (looksLikeBounce(parts)) {
      fromText.stream().filter(r -> r.action().isFailure()).forEach(reports::add);
    }
    if (reports.isEmpty()) {
      return new BounceMessage(index, subject, Optional.of(autoReply(parts.headers(), subject)
          ? NoFailure.AUTO_REPLY : NoFailure.NOT_A_REPORT), List.of());
    }
    List<Diagnosis> results = new ArrayList<>();
    reports.forEach(r -> results.add(diagnoser.diagnose(r)));
    return new BounceMessage(index, subject, Optional.empty(), results);
  }

  /**
   * A report of the status part whose remote reply is missing, completed from what the text says
   * about the same recipient (a DSN without Diagnostic-Code).
   */
  private static RecipientReport complete(RecipientReport report, List<RecipientReport> fromText) {
    if (report.code().isPresent() || !report.text().isEmpty() || report.recipient().isEmpty()) {
      return report;
    }
    String recipient = report.recipient().get();
    for (RecipientReport text : fromText) {
      if (text.recipient().filter(recipient::equalsIgnoreCase).isPresent()) {
        return new RecipientReport(report.recipient(), report.action(), text.code(),
            report.enhanced().or(text::enhanced), text.text(), text.reply(),
            report.remoteMta().or(text::remoteMta), report.gaveUp(), report.source());
      }
    }
    return report;
  }

  /**
   * Whether a message without a status part is a non-delivery report: sent by a mailer daemon or
   * postmaster, with the null sender, or with a subject that says so.
   */
  private static boolean looksLikeBounce(MailParts parts) {
    Map<String, String> h = parts.headers();
    String from = h.getOrDefault("from", "").toLowerCase(Locale.ROOT);
    String subject = h.getOrDefault("subject", "").toLowerCase(Locale.ROOT);
    String returnPath = h.getOrDefault("return-path", "").strip();
    return from.contains("mailer-daemon") || from.contains("postmaster") || from.contains("mail delivery")
        || returnPath.equals("<>") || subject.contains("undeliver") || subject.contains("delivery")
        || subject.contains("failure") || subject.contains("returned") || subject.contains("non remis")
        || subject.contains("unzustellbar") || subject.contains("no se puede entregar")
        || h.containsKey("x-failed-recipients");
  }

  private static boolean autoReply(Map<String, String> headers, String subject) {
    String auto = headers.getOrDefault("auto-submitted", "").toLowerCase(Locale.ROOT);
    return auto.startsWith("auto-replied") || headers.containsKey("x-autoreply")
        || headers.containsKey("x-autorespond") || subject.toLowerCase(Locale.ROOT).startsWith("automatic reply")
        || subject.toLowerCase(Locale.ROOT).contains("out of office");
  }
}

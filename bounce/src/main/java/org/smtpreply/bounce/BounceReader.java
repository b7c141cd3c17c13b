package org.smtpreply.bounce;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.bounce.Diagnoser;
import org.smtpreply.catalog.bounce.Diagnosis;
import org.smtpreply.core.Reply;
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

  /** What is cut from a From field to leave the domain: everything to the last {@code @}, and from {@code >}. */
  private static final Pattern DOMAIN_OF_FROM = Pattern.compile("^.*@|>.*$");

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

  /**
   * Whether to suppress the address of {@code diagnosis} once its bounces have gone on for {@code
   * failingFor}, by this reader's policy: a policy that suppresses a mailbox full for 30 days
   * answers false for the first bounce and true for one 30 days later.
   */
  public boolean suppressesAddress(Diagnosis diagnosis, Duration failingFor) {
    return diagnoser.suppressesAddress(diagnosis, failingFor);
  }

  /** What {@code reply}, given alone (no recipient, no server), says as a bounce. */
  public Diagnosis readReply(Reply reply) {
    int classDigit = reply.replyClass().digit();
    return diagnoser.diagnose(new RecipientReport(Optional.empty(), Action.ofClass(classDigit), reply.code(),
        reply.enhanced(), reply.text(), Optional.of(reply), Optional.empty(), false, "reply"));
  }

  /**
   * What the fields of a delivery status notification's recipient blocks say ({@code
   * Final-Recipient:}, {@code Action:}, {@code Status:}, {@code Diagnostic-Code:}, ... as pasted
   * from a bounce): one diagnosis per failed or delayed recipient.
   */
  public List<Diagnosis> readStatusFields(String fields) {
    List<Diagnosis> results = new ArrayList<>();
    for (RecipientReport report : DeliveryStatus.parse(fields).reports()) {
      if (report.action().isFailure()) {
        results.add(diagnoser.diagnose(report));
      }
    }
    return results;
  }

  /** What one message says. */
  public BounceMessage readMessage(InputStream message) throws IOException {
    return readMessage(1, message.readAllBytes());
  }

  private BounceMessage readMessage(int index, byte[] message) throws IOException {
    MailParts parts = MailParts.read(new ByteArrayInputStream(message));
    String subject = parts.header("subject");
    List<RecipientReport> fromStatus = new ArrayList<>();
    Optional<String> reportedBy = Optional.empty();
    for (String body : parts.status()) {
      DeliveryStatus status = DeliveryStatus.parse(body);
      fromStatus.addAll(status.reports());
      reportedBy = reportedBy.or(() -> Optional.ofNullable(status.message().get("reporting-mta"))
          .map(mta -> mta.substring(mta.indexOf(';') + 1).strip()));
    }
    // Who wrote the bounce: a hint at the provider when the failure names no remote server.
    reportedBy = reportedBy.or(() -> Optional.of(parts.header("from"))
        .map(from -> DOMAIN_OF_FROM.matcher(from).replaceAll("")).filter(domain -> !domain.isBlank()));
    Text text = new Text(parts);
    List<RecipientReport> reports = new ArrayList<>();
    if (!fromStatus.isEmpty()) {
      for (RecipientReport report : fromStatus) {
        if (report.action().isFailure()) {
          reports.add(complete(report, text));
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
      text.reports().stream().filter(r -> r.action().isFailure()).forEach(reports::add);
      if (reports.isEmpty()) {
        reports.addAll(BounceText.readWithoutCodes(text.text()));
      }
    }
    if (reports.isEmpty()) {
      return new BounceMessage(index, subject, Optional.of(autoReply(parts, subject)
          ? NoFailure.AUTO_REPLY : NoFailure.NOT_A_REPORT), List.of());
    }
    List<Diagnosis> results = new ArrayList<>();
    for (RecipientReport report : reports) {
      // A failure without a remote server or reply is the reporting server's own finding.
      boolean own = report.remoteMta().isEmpty() && report.code().isEmpty();
      results.add(diagnoser.diagnose(report, own ? reportedBy : Optional.empty()));
    }
    return new BounceMessage(index, subject, Optional.empty(), results);
  }

  /**
   * The human-readable text of a message and what it says about each recipient, each read only
   * when first asked for: most notifications with a status part never need them.
   */
  private static final class Text {
    private final MailParts parts;
    private String text;
    private List<RecipientReport> reports;

    Text(MailParts parts) {
      this.parts = parts;
    }

    /** The text parts, or the HTML parts' text when there is no text part, joined by blank lines. */
    String text() {
      if (text == null) {
        text = parts.text();
      }
      return text;
    }

    /** What {@link #text()} says about each recipient ({@link BounceText#read}). */
    List<RecipientReport> reports() {
      if (reports == null) {
        reports = BounceText.read(text());
      }
      return reports;
    }
  }

  /**
   * A report of the status part whose remote reply is missing, completed from what the text says
   * about the same recipient (a DSN without Diagnostic-Code).
   */
  private static RecipientReport complete(RecipientReport report, Text text) {
    if (report.code().isPresent() || report.recipient().isEmpty() || report.text().length() > 80) {
      return report;
    }
    String recipient = report.recipient().get();
    for (RecipientReport said : text.reports()) {
      if (said.recipient().filter(recipient::equalsIgnoreCase).isPresent()) {
        return new RecipientReport(report.recipient(), report.action(), said.code(),
            report.enhanced().or(said::enhanced), said.text(), said.reply(),
            report.remoteMta().or(said::remoteMta), report.gaveUp(), report.source());
      }
    }
    String words = BounceText.about(text.text(), recipient);
    if (words.isEmpty()) {
      return report;
    }
    return new RecipientReport(report.recipient(), report.action(), report.code(), report.enhanced(),
        (report.text() + " " + words).strip(), report.reply(), report.remoteMta(), report.gaveUp(), report.source());
  }

  /**
   * Whether a message without a status part is a non-delivery report: sent by a mailer daemon or
   * postmaster, with the null sender, or with a subject that says so.
   */
  private static boolean looksLikeBounce(MailParts parts) {
    String from = parts.header("from").toLowerCase(Locale.ROOT);
    String subject = parts.header("subject").toLowerCase(Locale.ROOT);
    String returnPath = parts.header("return-path").strip();
    return from.contains("mailer-daemon") || from.contains("postmaster") || from.contains("mail delivery")
        || returnPath.equals("<>") || subject.contains("undeliver") || subject.contains("delivery")
        || subject.contains("failure") || subject.contains("returned") || subject.contains("non remis")
        || subject.contains("unzustellbar") || subject.contains("no se puede entregar")
        || parts.has("x-failed-recipients");
  }

  private static boolean autoReply(MailParts parts, String subject) {
    String auto = parts.header("auto-submitted").toLowerCase(Locale.ROOT);
    return auto.startsWith("auto-replied") || parts.has("x-autoreply")
        || parts.has("x-autorespond") || subject.toLowerCase(Locale.ROOT).startsWith("automatic reply")
        || subject.toLowerCase(Locale.ROOT).contains("out of office");
  }
}

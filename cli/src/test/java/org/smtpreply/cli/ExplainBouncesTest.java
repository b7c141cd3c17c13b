package org.smtpreply.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.fixtures.BounceCorpus;

/**
 * {@code smtp-reply explain} as a support engineer meets it with a bounce in hand: whole bounce
 * emails and mboxes ({@code --mail}, or piped), mail-log lines, a pasted Diagnostic-Code line or
 * the fields of a delivery status notification; the JSON a bounce handler consumes; errors.
 */
class ExplainBouncesTest {
  private static final Catalog CATALOG = Catalog.builtIn();
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The corpus copied to a folder of files, as a user has bounces on disk (the fixtures may be in a jar). */
  @TempDir static Path corpus;

  @BeforeAll
  static void copyTheCorpus() throws IOException {
    try (var files = Files.list(BounceCorpus.folder())) {
      for (Path file : files.toList()) {
        Files.copy(file, corpus.resolve(file.getFileName().toString()));
      }
    }
  }

  record Run(int exit, String out, String err) {
    List<JsonNode> json() {
      return out.lines().map(line -> {
        try {
          return JSON.readTree(line);
        } catch (Exception e) {
          throw new AssertionError("not a JSON line: " + line, e);
        }
      }).toList();
    }
  }

  private static Run run(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin));
    try {
      int exit = SmtpReplyCli.run(args, new PrintWriter(out), new PrintWriter(err));
      return new Run(exit, out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }

  private static Run run(String... args) {
    return run(new byte[0], args);
  }

  @Test
  void everyBounceOfTheCorpusGivesOneJsonLinePerRecipientAsExpected() {
    List<String> args = new ArrayList<>(List.of("explain", "--mail", "--format", "json"));
    List<Map<String, Object>> expected = new ArrayList<>();
    for (BounceCorpus.FileCase c : BounceCorpus.files()) {
      args.add(corpus.resolve(c.file()).toString());
      List<JsonNode> messages = new ArrayList<>();
      if (c.expected().has("messages")) {
        c.expected().get("messages").forEach(messages::add);
      } else {
        messages.add(c.expected());
      }
      for (JsonNode message : messages) {
        if (!message.path("noFailure").isNull() && message.has("noFailure")) {
          expected.add(Map.of("file", corpus.resolve(c.file()).toString(), "noFailure",
              message.get("noFailure").asText()));
        }
        message.path("results").forEach(r -> expected.add(withFile(corpus.resolve(c.file()).toString(),
            BounceCorpus.fields(r))));
      }
    }
    Run run = run(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    List<Map<String, Object>> got = new ArrayList<>();
    for (JsonNode line : run.json()) {
      got.add(line.get("noFailure").isNull()
          ? withFile(line.get("file").asText(), BounceCorpus.fields(line))
          : Map.of("file", line.get("file").asText(), "noFailure", line.get("noFailure").asText()));
    }
    assertEquals(expected, got);
  }

  @Test
  void everyLogLineOnStandardInputIsExplainedAsExpected() {
    List<BounceCorpus.LineCase> failures = BounceCorpus.lines().stream()
        .filter(c -> !c.expected().path("verdict").asText().equals("no-failure")).toList();
    String stdin = failures.stream().map(BounceCorpus.LineCase::line).collect(Collectors.joining("\n"));
    Run run = run(stdin.getBytes(StandardCharsets.UTF_8), "explain", "--format", "json");
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> lines = run.json();
    assertEquals(failures.size(), lines.size());
    for (int i = 0; i < failures.size(); i++) {
      assertEquals(BounceCorpus.fields(failures.get(i).expected()), BounceCorpus.fields(lines.get(i)),
          failures.get(i).line());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es"})
  void aPipedBounceEmailIsRecognisedAndExplainedInTheChosenLanguage(String tag) throws Exception {
    byte[] email = Files.readAllBytes(corpus.resolve("postfix-user-unknown.eml"));
    Run run = run(email, "explain", "--lang", tag);
    assertEquals(0, run.exit(), run.err());
    var reason = CATALOG.text(CATALOG.reason("mailbox-unknown").orElseThrow(), tag).value();
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith("-: "), lines.get(0));
    assertTrue(lines.contains("  " + (tag.equals("en") ? "Reason" : "Motivo") + ": " + reason.title() + ". "
        + reason.summary()), run.out());
    assertTrue(lines.contains(tag.equals("en") ? "  The address: suppress it; it no longer receives mail"
        : "  La dirección: suprímala; ya no recibe correo"), run.out());
  }

  @Test
  void aFullMailboxIsAHardBounceOfTheMessageButTheAddressIsKept() {
    Run run = run("explain", "--format", "json",
        "Nov 30 10:17:40 mail postfix/lmtp[1257]: C25D0AF9DB: to=<uma@example.com>, relay=mail.example.com[private/dovecot-lmtp],"
            + " delay=0.11, dsn=5.2.2, status=bounced (host mail.example.com[private/dovecot-lmtp] said: 552 5.2.2"
            + " <uma@example.com> Quota exceeded (mailbox for user is full) (in reply to end of DATA command))");
    assertEquals(0, run.exit(), run.err());
    JsonNode line = run.json().get(0);
    assertEquals("uma@example.com", line.get("recipient").asText());
    assertEquals("mailbox-full", line.get("reason").asText());
    assertFalse(line.get("retry").asBoolean(), "this message is not retried");
    assertFalse(line.get("suppressAddress").asBoolean(), "the address is kept");
    assertEquals("HARD", line.get("bounce").asText());
  }

  @Test
  void microsoftsOwnCodeGetsMicrosoftsAdviceNotTheGeneric550() {
    Run run = run("explain", "--format", "json", "550 5.7.708 Access denied, traffic not accepted from this IP");
    assertEquals(0, run.exit(), run.err());
    JsonNode line = run.json().get(0);
    assertEquals("microsoft-365", line.get("provider").asText());
    assertEquals("blocked", line.get("reason").asText());
    assertFalse(line.get("whatToDo").asText().contains("5.1.1"), line.get("whatToDo").asText());
    assertEquals(CATALOG.text(CATALOG.providerReply("microsoft-365-5.7.708").orElseThrow(), "en").value().action(),
        line.get("whatToDo").asText());
  }

  @Test
  void theFieldsOfADeliveryStatusNotificationArePastedAsOne() {
    String fields = "Final-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 5.1.1\n"
        + "Remote-MTA: dns; mx.example.com\nDiagnostic-Code: smtp; 550 5.1.1 <bob@example.com>... User unknown\n";
    Run run = run(fields.getBytes(StandardCharsets.UTF_8), "explain", "--format", "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode line = run.json().get(0);
    assertEquals("bob@example.com", line.get("recipient").asText());
    assertEquals("mx.example.com", line.get("remoteMta").asText());
    assertTrue(line.get("suppressAddress").asBoolean());
  }

  @Test
  void aMessageThatReportsNoFailureSaysSo() {
    Run run = run("explain", "--mail", corpus.resolve("out-of-office.eml").toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains(": is an automatic reply (such as an out-of-office message), not a bounce"),
        run.out());
  }

  @Test
  void aFolderIsReadFileByFileAndAMissingFileIsOneLineWithExitCode1(@TempDir Path dir) throws Exception {
    Files.copy(corpus.resolve("postfix-user-unknown.eml"), dir.resolve("a.eml"));
    Files.copy(corpus.resolve("postfix-de-mailbox-full.eml"), dir.resolve("b.eml"));
    Run run = run("explain", "--mail", "--format", "json", dir.toString(), dir.resolve("missing.eml").toString());
    assertEquals(1, run.exit());
    assertEquals(List.of(dir.resolve("a.eml").toString(), dir.resolve("b.eml").toString()),
        run.json().stream().map(j -> j.get("file").asText()).toList());
    assertEquals("error: " + dir.resolve("missing.eml") + ": no such file; give a bounce email, an mbox or a folder"
        + " of them", run.err().strip());
  }

  private static Map<String, Object> withFile(String file, Map<String, Object> fields) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("file", file);
    all.putAll(fields);
    return all;
  }
}

package org.smtpreply.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.translation.CatalogEntry;
import org.smtpreply.i18n.xliff.SegmentState;
import org.smtpreply.i18n.xliff.Xliff;
import org.smtpreply.i18n.xliff.XliffDocument;
import org.smtpreply.i18n.xliff.XliffSegment;
import org.smtpreply.i18n.xliff.XliffText;
import org.smtpreply.i18n.xliff.XliffUnit;

/**
 * An organization's extra catalog through the commands a team runs: strict generation passes when
 * the file is complete and names the file and line when it is not, an English-only site needs no
 * Spanish, and the translation commands reach the file's entries.
 */
class ExtraCatalogTranslationsTest {
  @TempDir Path dir;

  private static final String COMPLETE = String.join("\n",
      "# Acme's own codes",
      "- code: 579",
      "  constant: ACME_TENANT_SUSPENDED",
      "  enhanced: [\"5.7.1\"]",
      "  texts:",
      "    en:",
      "      title: Tenant suspended",
      "      summary: The receiving tenant is suspended by its administrator.",
      "      causes: [The tenant's subscription ended]",
      "      sender: Contact the recipient by another channel.",
      "      admin: Reactivate the tenant in the Acme console.",
      "      retry: Do not retry.",
      "      origin: Acme MTA",
      "    es:",
      "      title: Inquilino suspendido",
      "      summary: Su administrador suspendió al inquilino destinatario.",
      "      causes: [Terminó la suscripción del inquilino]",
      "      sender: Contacte con el destinatario por otra vía.",
      "      admin: Reactive el inquilino en la consola de Acme.",
      "      retry: No reintente.",
      "      origin: MTA de Acme",
      "");

  private Path extra(String content) throws IOException {
    Path file = dir.resolve("extra-catalog.yaml");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static String englishOnly() {
    return COMPLETE.substring(0, COMPLETE.indexOf("    es:"));
  }

  private SmtpReplyCliAccess.Run generate(Path extra, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("generate", "--out", dir.resolve("site").toString(),
        "--catalog", extra.toString()));
    args.addAll(List.of(more));
    return SmtpReplyCliAccess.run(args.toArray(String[]::new));
  }

  /** Entries of the built-in catalog plus the extra file's one: the figure the status line counts. */
  private static int entries() {
    return CatalogEntry.all(Catalog.builtIn()).size() + 1;
  }

  @Test
  void strictModePassesForACompleteExtraCatalog() throws IOException {
    SmtpReplyCliAccess.Run run = generate(extra(COMPLETE), "--strict");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("translations: es: " + entries() + " of " + entries() + " translated, 0 missing, 0 stale"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void strictModeNamesTheExtraFileAndLineOfAMissingText() throws IOException {
    Path extra = extra(englishOnly());
    SmtpReplyCliAccess.Run warned = generate(extra);
    assertEquals(0, warned.code(), warned.err());
    assertEquals("warning: translations: es: " + (entries() - 1) + " of " + entries() + " translated, 1 missing, 0 stale\n",
        warned.err());

    Path site = dir.resolve("strict");
    SmtpReplyCliAccess.Run strict = SmtpReplyCliAccess.run("generate", "--strict", "--out", site.toString(),
        "--catalog", extra.toString());
    assertEquals(1, strict.code());
    assertTrue(strict.err().contains("error: " + extra + ":2:3: entry 579 (Tenant suspended): missing\n"), strict.err());
    assertFalse(Files.exists(site), "nothing is published");
  }

  @Test
  void anEnglishSiteNeedsNoSpanish() throws IOException {
    SmtpReplyCliAccess.Run run = generate(extra(englishOnly()), "--strict", "--locales", "en");
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
    assertTrue(Files.isRegularFile(dir.resolve("site/en/579/index.html")));
  }

  @Test
  void aChangedEnglishTextIsStaleOnceATranslatorConfirmedTheSpanish() throws IOException {
    Path extra = extra(COMPLETE);
    SmtpReplyCliAccess.Run confirm = SmtpReplyCliAccess.run("translations", "confirm", "--locale", "es",
        "--catalog", extra.toString());
    assertEquals(0, confirm.code(), confirm.err());
    assertEquals("es: 1 entry newly confirmed\n", confirm.out());
    Path prints = dir.resolve("extra-catalog.fingerprints.yaml");
    assertTrue(Files.readString(prints).matches("(?s).*\nes:\n  \"579\": [0-9a-f]{12}\n"), Files.readString(prints));

    Files.writeString(extra, COMPLETE.replace("title: Tenant suspended", "title: Tenant suspended by its owner"));
    SmtpReplyCliAccess.Run status = SmtpReplyCliAccess.run("translations", "status", "--catalog", extra.toString());
    assertEquals("es: 0 of 1 translated, 0 missing, 1 stale\n  " + extra
        + ":2:3: entry 579 (Tenant suspended by its owner): stale: not confirmed against the current source text of title, summary, causes.1, sender, admin, retry, origin\n",
        status.out());
    SmtpReplyCliAccess.Run strict = generate(extra, "--strict");
    assertEquals(1, strict.code());
    assertTrue(strict.err().contains("error: " + extra + ":2:3: entry 579 (Tenant suspended by its owner): stale"), strict.err());

    assertEquals(0, SmtpReplyCliAccess.run("translations", "confirm", "--locale", "es", "--catalog", extra.toString(),
        "579").code());
    assertEquals(0, generate(extra, "--strict").code());
  }

  @Test
  void theSpanishOfAnExtraCodeGoesThroughExportAndImport() throws IOException {
    Path extra = extra(englishOnly());
    Path xlf = dir.resolve("es.xlf");
    SmtpReplyCliAccess.Run export = SmtpReplyCliAccess.run("translations", "export", "--locale", "es",
        "--catalog", extra.toString(), "--only", "missing", "--out", xlf.toString());
    assertEquals(0, export.code(), export.err());
    assertEquals("es: exported 1 entry to " + xlf + "\n", export.out());
    XliffDocument exported = Xliff.read(xlf);
    XliffUnit unit = exported.units().get(0);
    assertEquals("basic.579", unit.id());
    assertTrue(unit.notes().contains(new XliffUnit.Note("location", extra + ":2:3, entry 579")), unit.notes().toString());

    importEdited(extra, xlf, exported,
        s -> new XliffSegment(s.id(), s.source(), java.util.Optional.of(spanish(s.source())), SegmentState.TRANSLATED));
    String written = Files.readString(extra);
    assertTrue(written.startsWith(englishOnly()), "the English and the comment are kept as written:\n" + written);
    assertTrue(written.contains("\n    es:\n      title: ES Tenant suspended\n"), written);
    assertTrue(Files.isRegularFile(dir.resolve("extra-catalog.fingerprints.yaml")));

    SmtpReplyCliAccess.Run status = SmtpReplyCliAccess.run("translations", "status", "--strict", "--catalog", extra.toString());
    assertEquals(0, status.code(), status.out());
    assertEquals("es: 1 of 1 translated, 0 missing, 0 stale\n", status.out());
    assertEquals(0, generate(extra, "--strict").code());
  }

  /**
   * As in the built-in catalog's files (issue 16), a translator's one-word change reaches an extra
   * catalog as a change of that one line: the rest of the hand-written file, its flow-style list
   * included, stays as it was.
   */
  @Test
  void aOneWordChangeToAnExtraCodesSpanishTitleChangesThatLineOnly() throws IOException {
    Path extra = extra(COMPLETE);
    Path xlf = dir.resolve("es.xlf");
    SmtpReplyCliAccess.Run export = SmtpReplyCliAccess.run("translations", "export", "--locale", "es",
        "--catalog", extra.toString(), "--out", xlf.toString());
    assertEquals(0, export.code(), export.err());
    importEdited(extra, xlf, Xliff.read(xlf), s -> s.sourceText().equals("Tenant suspended")
        ? new XliffSegment(s.id(), s.source(), java.util.Optional.of(XliffText.of("Inquilino bloqueado")), SegmentState.TRANSLATED)
        : s);

    List<String> before = List.of(COMPLETE.split("\n", -1));
    List<String> after = List.of(Files.readString(extra).split("\n", -1));
    assertEquals(before.size(), after.size(), String.join("\n", after));
    List<String> changed = new java.util.ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        changed.add(before.get(i) + " | " + after.get(i));
      }
    }
    assertEquals(List.of("      title: Inquilino suspendido |       title: Inquilino bloqueado"), changed);
  }

  /**
   * Writes {@code exported}'s one unit back to {@code xlf} with each segment changed by {@code
   * edit}, as a translator's tool would, and imports it into {@code extra}.
   */
  private static void importEdited(Path extra, Path xlf, XliffDocument exported, UnaryOperator<XliffSegment> edit)
      throws IOException {
    XliffUnit unit = exported.units().get(0);
    List<XliffSegment> edited = unit.segments().stream().map(edit).toList();
    Files.writeString(xlf, Xliff.write(new XliffDocument(exported.srcLang(), exported.trgLang(), exported.fileId(),
        List.of(new XliffUnit(unit.id(), unit.name(), unit.notes(), edited)))));
    SmtpReplyCliAccess.Run imported = SmtpReplyCliAccess.run("translations", "import", xlf.toString(),
        "--catalog", extra.toString());
    assertEquals(0, imported.code(), imported.err());
  }

  /** The source with "ES " before it, its codes and addresses kept as protected runs. */
  private static XliffText spanish(XliffText source) {
    List<XliffText.Run> runs = new java.util.ArrayList<>();
    runs.add(new XliffText.Plain("ES "));
    runs.addAll(source.runs());
    return new XliffText(runs);
  }
}

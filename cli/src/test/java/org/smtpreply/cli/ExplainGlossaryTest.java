package org.smtpreply.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smtpreply.fixtures.Corpus;
import org.smtpreply.i18n.Glossary;

/**
 * What a Spanish reader of {@code explain --lang es} sees follows the house glossary, as the
 * catalog and the UI strings do: for every reply of the corpus, the Spanish output uses the
 * required term wherever the English output uses its English one, and no forbidden rendering.
 */
class ExplainGlossaryTest {
  private static final Glossary GLOSSARY = Glossary.load("es");

  @Test
  void theSpanishExplanationOfEveryCorpusReplyFollowsTheGlossary() {
    List<String> problems = new ArrayList<>();
    List<Corpus.ReplyCase> replies = Corpus.replies();
    assertFalse(replies.isEmpty());
    for (Corpus.ReplyCase reply : replies) {
      String en = spoken(SmtpReplyCliAccess.run("explain", "--lang", "en", reply.reply()), reply.reply());
      String es = spoken(SmtpReplyCliAccess.run("explain", "--lang", "es", reply.reply()), reply.reply());
      GLOSSARY.check(en, es).forEach(p -> problems.add(reply.where() + ": " + p));
    }
    assertEquals(List.of(), problems, () -> problems.size() + " problems:\n" + String.join("\n", problems));
  }

  @Test
  void theCheckFindsAForbiddenRenderingInTheOutput() {
    assertEquals(List.of("'despedida' is a forbidden rendering of 'bounce'; write 'rebote'"),
        GLOSSARY.check("A hard bounce.", "Una despedida (rebote permanente).").stream()
            .filter(p -> p.contains("despedida")).toList());
  }

  /** What the run printed, less the quoted reply itself, which is the server's English and not translated. */
  private static String spoken(SmtpReplyCliAccess.Run run, String reply) {
    StringBuilder out = new StringBuilder();
    for (String line : run.out().lines().toList()) {
      if (!reply.contains(line.strip())) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }
}

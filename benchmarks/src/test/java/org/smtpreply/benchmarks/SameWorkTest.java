package org.smtpreply.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.smtpreply.core.Reply;
import org.smtpreply.core.ReplyParseException;
import org.smtpreply.core.ReplyParser;

/** Both benchmarked parsers must agree on every input, or the comparison would measure different work. */
class SameWorkTest {

  @Test
  void bothParsersGiveTheSameClassificationForEveryInput() throws ReplyParseException {
    assertEquals(16, ReplyInputs.REPLIES.size(), "the benchmark's @OperationsPerInvocation");
    for (String text : ReplyInputs.REPLIES) {
      Reply reply = ReplyParser.parse(text);
      RegexReplyParser.Parsed parsed = RegexReplyParser.parse(text);
      assertEquals(reply.code().getAsInt(), parsed.code(), text);
      assertEquals(reply.enhanced().map(Object::toString).orElse(null), parsed.enhanced(), text);
      assertEquals(reply.bounce(), parsed.bounce(), text);
      assertEquals(reply.subject(), parsed.subject(), text);
      assertEquals(reply.text(), parsed.text(), text);
    }
  }
}

package com.example.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.mail.smtp.RcptHandler;
import com.example.mail.smtp.Replies;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server maps exceptions, constants and handlers to reply lines with the generated registry. */
class RegistryTest {

  private static String replyTo(RuntimeException e) {
    return SmtpReplyRegistry.forType(e.getClass()).map(SmtpReplyRegistry.Reply::line).orElse("451 4.3.0 Local error");
  }

  @Test
  void anExceptionMapsToItsReplyLine() {
    assertEquals("550 5.1.1 Recipient address rejected", replyTo(new UnknownRecipientException("bob@example.org")));
  }

  @Test
  void aSubclassInheritsTheReplyOfItsAnnotatedSuperclass() {
    assertEquals("552 5.2.2 Mailbox full", replyTo(new QuotaExceededException("ann@example.org")));
  }

  @Test
  void anUnannotatedExceptionHasNoReply() {
    assertEquals("451 4.3.0 Local error", replyTo(new IllegalStateException()));
  }

  @Test
  void theOrganizationsOwnCodeIsAConstantAndInTheRegistry() {
    assertEquals(577, ExtraReplyCodes.EXAMPLE_POLICY_BLOCK);
    assertEquals("577 5.7.1 Blocked by policy", replyTo(new PolicyBlockedException("eve@example.org")));
  }

  @Test
  void constantsAndHandlersAreLookedUpToo() {
    assertEquals("221 2.0.0 Bye", SmtpReplyRegistry.forConstant(Replies.class, "CLOSING").orElseThrow().line());
    assertEquals(Replies.CLOSING, SmtpReplyRegistry.forConstant(Replies.class, "CLOSING").orElseThrow().line());
    List<String> lines = SmtpReplyRegistry.forMethod(RcptHandler.class, "rcpt").stream()
        .map(SmtpReplyRegistry.Reply::line).toList();
    assertEquals(List.of("250 2.1.5 Recipient ok", "550 5.1.1 Recipient address rejected"), lines);
    assertTrue(lines.contains(new RcptHandler().rcpt("ann@example.com")));
  }

  @Test
  void theRegistryListsEveryDeclaredReply() {
    assertEquals(6, SmtpReplyRegistry.all().size());
  }
}

package org.smtpreply.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a place in code that emits an SMTP reply: an exception type, a constant or a handler
 * method. The SMTP reply processor checks the values against the catalog at compile time.
 *
 * <pre>{@code
 * @SmtpReply(code = ReplyCodes.MAILBOX_UNAVAILABLE, enhanced = "5.1.1",
 *     text = "Recipient address rejected")
 * final class UnknownRecipientException extends RuntimeException {}
 * }</pre>
 *
 * <p>Put it on a class, enum or record (an exception type, a reply object), a field (a constant)
 * or a method (a handler). A type or a field stands for exactly one reply; a method may emit
 * several, so it may carry several distinct {@code @SmtpReply}. Interfaces and annotation types
 * emit nothing and are rejected.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
@Repeatable(SmtpReplies.class)
public @interface SmtpReply {

  /** The three-digit basic reply code, such as 550. */
  int code();

  /** The enhanced status code sent after it, such as {@code "5.1.1"}; empty for none. */
  String enhanced() default "";

  /** The reply text that follows the codes on the reply line; empty for none. */
  String text() default "";

  /** Whether {@link #text()} may hold non-ASCII characters (the reply goes over SMTPUTF8). */
  boolean smtputf8() default false;
}

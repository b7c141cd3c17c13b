package org.smtpreply.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Holds several {@link SmtpReply} on one element. Write the {@code @SmtpReply} annotations one
 * after another; the compiler wraps them in this container.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface SmtpReplies {

  /** The replies, in the order written. */
  SmtpReply[] value();
}

package org.smtpreply.core;

/** The class of a reply, given by the first digit of its code (RFC 5321, section 4.2.1). */
public enum ReplyClass {
  /** 2yz: the requested action was completed. */
  POSITIVE_COMPLETION(2, BounceKind.NONE),
  /** 3yz: the command was accepted; the server waits for more. */
  POSITIVE_INTERMEDIATE(3, BounceKind.NONE),
  /** 4yz: the action was not taken, but may succeed if retried: a soft bounce. */
  TRANSIENT_NEGATIVE(4, BounceKind.SOFT),
  /** 5yz: the action was not taken and retrying will not help: a hard bounce. */
  PERMANENT_NEGATIVE(5, BounceKind.HARD);

  private final int digit;
  private final BounceKind bounce;

  ReplyClass(int digit, BounceKind bounce) {
    this.digit = digit;
    this.bounce = bounce;
  }

  /** The first digit of the codes of this class. */
  public int digit() {
    return digit;
  }

  /** The class written as its codes' pattern: {@code 5xx}. */
  public String key() {
    return digit + "xx";
  }

  /** The bounce kind of a failed delivery that ends with a reply of this class. */
  public BounceKind bounce() {
    return bounce;
  }

  /** The class whose first digit is {@code digit}; throws for digits outside 2 to 5. */
  public static ReplyClass ofDigit(int digit) {
    for (ReplyClass c : values()) {
      if (c.digit == digit) {
        return c;
      }
    }
    throw new IllegalArgumentException("no reply class has first digit " + digit);
  }

  /** The class of a three-digit reply code. */
  public static ReplyClass of(int code) {
    return ofDigit(code / 100);
  }
}

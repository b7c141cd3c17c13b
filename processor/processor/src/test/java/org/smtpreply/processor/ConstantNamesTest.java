package org.smtpreply.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.smtpreply.processor.Fixtures.compile;
import static org.smtpreply.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A constant name that does not exist gets an error on the value that says the right one. */
class ConstantNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // a misspelling
      "ReplyCodes.MAILBOX_UNAVAILBLE | did you mean ReplyCodes.MAILBOX_UNAVAILABLE (550)?",
      // the catalog's title instead of the registry's name
      "EnhancedCodes.RECIPIENT_MAILBOX_DOES_NOT_EXIST_PERMANENT | did you mean EnhancedCodes.BAD_DESTINATION_MAILBOX_ADDRESS_PERMANENT (5.1.1)?",
      // the registry's whole title, where the constant keeps its first words
      "EnhancedCodes.DELIVERY_NOT_AUTHORIZED_MESSAGE_REFUSED_PERMANENT | did you mean EnhancedCodes.DELIVERY_NOT_AUTHORIZED_PERMANENT (5.7.1)?",
      // the code in the name
      "EnhancedCodes.E_5_2_2 | did you mean EnhancedCodes.MAILBOX_FULL_PERMANENT (5.2.2)?",
      "ReplyCodes.CODE_421 | did you mean ReplyCodes.SERVICE_NOT_AVAILABLE (421)?",
      // the right name in the wrong class
      "EnhancedCodes.MAILBOX_UNAVAILABLE | did you mean ReplyCodes.MAILBOX_UNAVAILABLE (550)?",
  })
  void aWrongNameSaysTheRightOne(String written, String hint) {
    String member = written.startsWith("Reply") ? "code" : "enhanced";
    JavaFileObject source = source("Wrong",
        "import org.smtpreply.codes.EnhancedCodes;",
        "import org.smtpreply.codes.ReplyCodes;",
        "final class Wrong {",
        "  @SmtpReply(code = " + (member.equals("code") ? written : "550") + ",",
        "      enhanced = " + (member.equals("enhanced") ? written : "\"5.1.1\"") + ")",
        "  void reject() {}",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    String name = written.substring(written.indexOf('.') + 1);
    String className = written.substring(0, written.indexOf('.'));
    assertThat(compilation).hadErrorContaining("[SmtpReplyUnknownConstant] " + className + " has no constant " + name
        + "; " + hint).inFile(source).onLineContaining(member + " = " + written);
  }

  @Test
  void aNameWithNoNearOneGivesTheRule() {
    JavaFileObject source = source("Wrong",
        "import org.smtpreply.codes.ReplyCodes;",
        "@SmtpReply(code = ReplyCodes.QQQQ_ZZZZ_XXXX)",
        "final class Wrong {}");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[SmtpReplyUnknownConstant] ReplyCodes has no constant QQQQ_ZZZZ_XXXX;"
        + " see the naming rule in ReplyCodes's Javadoc, or find the constant by its code there")
        .inFile(source).onLineContaining("ReplyCodes.QQQQ_ZZZZ_XXXX");
  }
}

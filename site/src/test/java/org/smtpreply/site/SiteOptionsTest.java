package org.smtpreply.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smtpreply.site.result.SiteException;

/** D17: any --base-url was accepted, and went into the sitemap, canonical links and the 404 page's base. */
class SiteOptionsTest {
  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)//", "data:text/html,<script>alert(1)</script>", "not a url",
      "/docs/", "//smtp.example.org/", "ftp://smtp.example.org/", "https:/smtp.example.org", "https://smtp.example.org/?a=1",
      "https://smtp.example.org/#top", "https://user@smtp.example.org/"})
  void aBaseUrlThatIsNotAnAbsoluteHttpUrlIsRefused(String url) {
    SiteException e = assertThrows(SiteException.class,
        () -> new SiteOptions(Path.of("out"), List.of(), Optional.of(url)));
    assertEquals(1, e.problems().size());
    assertEquals(true, e.problems().get(0).startsWith("'" + url + "' "), e.problems().get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://smtp.example.org", "http://localhost:8000/docs/", "HTTPS://SMTP.EXAMPLE.ORG/a/b"})
  void anAbsoluteHttpUrlIsTakenWithATrailingSlash(String url) {
    assertEquals(Optional.of(url.endsWith("/") ? url : url + "/"),
        new SiteOptions(Path.of("out"), List.of(), Optional.of(url)).baseUrl());
  }

  /** D19 and D13 for the branding options: a bidirectional control or a terminal escape is refused, naming it. */
  @ParameterizedTest
  @ValueSource(strings = {"Acme \u202E Mail", "Acme\u2066Mail", "Acme\nMail", "Acme \u001b[31m Mail"})
  void brandingWithAControlCharacterIsRefused(String text) {
    for (int field = 0; field < 3; field++) {
      Optional<String> given = Optional.of(text);
      Optional<String> none = Optional.empty();
      SiteException e = assertThrows(SiteException.class, field == 0 ? () -> new SiteBranding(given, none, none)
          : field == 1 ? () -> new SiteBranding(none, given, none) : () -> new SiteBranding(none, none, given));
      String control = String.format("U+%04X", text.codePoints().filter(c -> c < 0x20 || c > 0x2000).findFirst().orElseThrow());
      assertEquals(true, e.problems().get(0).contains(control), e.problems().get(0));
    }
    assertEquals(Optional.of("Acme Mail"), new SiteBranding(Optional.of(" Acme Mail "), Optional.empty(), Optional.empty()).title());
  }
}

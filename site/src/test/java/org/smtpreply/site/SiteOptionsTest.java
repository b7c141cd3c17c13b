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
}

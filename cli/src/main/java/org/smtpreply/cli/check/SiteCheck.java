package org.smtpreply.cli.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;

/** Runs every check over a generated site and reports in lines a person can act on. */
public final class SiteCheck {

  /**
   * What a check found.
   *
   * @param pages     HTML pages checked
   * @param problems  broken links, HTML errors and budget overruns; empty when the site is sound
   * @param fallbacks per page language, how many blocks of text are shown in a fallback language
   */
  public record Result(int pages, List<String> problems, Map<String, Integer> fallbacks) {

    /** One summary line. */
    public String summary() {
      StringBuilder line = new StringBuilder("check: " + pages + " pages, " + problems.size() + " problems");
      fallbacks.forEach((lang, n) -> line.append("; ").append(lang).append(": ").append(n)
          .append(n == 1 ? " text" : " texts").append(" in a fallback language"));
      return line.toString();
    }
  }

  /**
   * Checks the site in {@code root}; {@code html} turns the Nu Html Checker on, and throws {@link
   * IllegalStateException} when it is not on the classpath.
   */
  public Result run(Path root, boolean html) {
    SiteFiles site = SiteFiles.of(root);
    HtmlValidation validation = null;
    if (html) {
      validation = HtmlValidation.available().orElseThrow(() -> new IllegalStateException(
          "HTML validation needs the Nu Html Checker, which this jar leaves out; run bin/smtp-reply check,"
              + " which uses check/target/smtp-reply-check-*-app.jar (mvn -B -DskipTests package builds it),"
              + " or give --no-html"));
    }
    List<String> problems = new ArrayList<>(new LinkChecker().check(site));
    if (validation != null) {
      problems.addAll(validation.errors(site));
    }
    problems.addAll(new PageBudget().overruns(site));
    Map<String, Integer> fallbacks = new TreeMap<>();
    for (Path page : site.html()) {
      Document doc = site.parse(page);
      String lang = doc.selectFirst("html").attr("lang");
      fallbacks.merge(lang, doc.select(".fallback").size(), Integer::sum);
    }
    return new Result(site.html().size(), problems, fallbacks);
  }
}

package org.smtpreply.site.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.Guides;
import org.smtpreply.core.EnhancedStatus;
import org.smtpreply.core.ReplyClass;
import org.smtpreply.core.bounce.BouncePolicy;
import org.smtpreply.i18n.UiMessages;
import org.smtpreply.site.internal.Svg;

/**
 * The guides' pictures, drawn at build time as inline SVG: the retry timeline of a soft bounce
 * (from a {@link BouncePolicy}) and the anatomy of a reply. Every word comes from the UI strings
 * or the catalog, in the page's language.
 */
final class GuideFigures {

  /**
   * When a sending server usually first warns the sender that a message is delayed: the default
   * of Microsoft Exchange's DelayNotificationTimeout (4 hours) and the warning time Sendmail's
   * documentation suggests for Timeout.queuewarn. Postfix sends no warning unless
   * delay_warning_time is set; Exim's delay_warning defaults to 24 hours. The figure's caption
   * says so.
   */
  static final Duration DELAY_WARNING = Duration.ofHours(4);

  /** The reply the anatomy takes apart, with the index of each part's first and last character. */
  static final String ANATOMY_REPLY = "550 5.1.1 User unknown";

  /**
   * The pictures' rules, written into each picture rather than site.css so that the code pages,
   * whose weight is budgeted, do not load them. Colours are site.css's variables and currentColor,
   * so the pictures follow light and dark mode.
   */
  static final String STYLE = """
      figure.picture{margin:1.25rem 0}figure.picture svg{display:block;max-width:34rem;height:auto}\
      figure.picture figcaption{color:var(--muted);font-size:.9rem;margin-top:.5rem}\
      .figure text{fill:currentColor;font-size:15px}.figure .strong{font-weight:700}\
      .figure .axis line,.figure .ticks line{stroke:var(--muted);stroke-width:2}\
      .figure .axis .gap{stroke-dasharray:2 5}.figure .ticks text{fill:var(--muted);font-size:14px}\
      .figure .attempts circle{fill:var(--soft);stroke:var(--bg);stroke-width:1.5}\
      .figure .warning{stroke:var(--link);stroke-width:1.5;stroke-dasharray:6 4}.figure .hard rect{fill:var(--hard)}\
      .figure .reply{font-family:ui-monospace,Consolas,"Liberation Mono",monospace;font-size:24px;font-weight:700}\
      .figure .part line,.figure .bracket{stroke:currentColor;stroke-width:1.5;fill:none}\
      .figure .part circle{fill:currentColor}.figure .part-code{color:var(--link)}\
      .figure .part-class{color:var(--hard)}.figure .part-subject{color:var(--soft)}\
      .figure .part-detail{color:var(--none)}.figure .part-text{color:var(--muted)}""";

  private static final double WIDTH = 480;
  private static final double AXIS = 118;
  private static final double TOP = 28;
  private static final double ZOOM_HEIGHT = 230;
  private static final double BREAK = 26;
  private static final double REST_HEIGHT = 170;
  private static final double MIN_DOT_GAP = 7;

  private GuideFigures() {}

  /**
   * The retry timeline under {@code policy}: the attempts at their interval, the usual delay
   * warning, and the point where the soft bounce becomes a hard bounce (the retry period runs out,
   * or the retries are used up first).
   */
  static Figure retryTimeline(BouncePolicy policy, UiMessages ui, int after) {
    Timeline t = Timeline.of(policy);
    String id = "retry-timeline";
    List<String> caption = new ArrayList<>();
    caption.add(ui.format("figure.timeline.attempts", duration(ui, t.interval()), t.attempts()));
    if (t.warns()) {
      caption.add(ui.format("figure.timeline.warned", duration(ui, DELAY_WARNING)));
    }
    caption.add(t.exhausted()
        ? ui.format("figure.timeline.exhausted", t.retries(), duration(ui, t.giveUp()))
        : ui.format("figure.timeline.expires", duration(ui, t.period())));
    caption.add(ui.get("figure.timeline.source"));

    double zoomEnd = t.zoomEnd().toSeconds();
    boolean rest = t.giveUp().compareTo(t.zoomEnd()) > 0;
    double height = TOP + ZOOM_HEIGHT + (rest ? BREAK + REST_HEIGHT : 0) + 44;
    Svg svg = new Svg(id, WIDTH, height, ui.get("figure.timeline.title"), id + "-caption");
    svg.text("style", STYLE);
    double zoomScale = ZOOM_HEIGHT / zoomEnd;
    double restTop = TOP + ZOOM_HEIGHT + BREAK;
    double restScale = rest ? REST_HEIGHT / (t.giveUp().toSeconds() - zoomEnd) : 0;
    java.util.function.DoubleUnaryOperator y = s -> s <= zoomEnd
        ? TOP + s * zoomScale
        : restTop + (s - zoomEnd) * restScale;
    double end = y.applyAsDouble(t.giveUp().toSeconds());

    svg.open("g", "class", "axis");
    svg.empty("line", "x1", Svg.number(AXIS), "y1", Svg.number(TOP), "x2", Svg.number(AXIS),
        "y2", Svg.number(TOP + Math.min(ZOOM_HEIGHT, end - TOP)));
    if (rest) {
      svg.empty("line", "class", "gap", "x1", Svg.number(AXIS), "y1", Svg.number(TOP + ZOOM_HEIGHT),
          "x2", Svg.number(AXIS), "y2", Svg.number(restTop));
      svg.empty("line", "x1", Svg.number(AXIS), "y1", Svg.number(restTop), "x2", Svg.number(AXIS),
          "y2", Svg.number(end));
    }
    svg.close("g");

    svg.open("g", "class", "ticks");
    for (Duration tick : t.ticks()) {
      double ty = y.applyAsDouble(tick.toSeconds());
      svg.empty("line", "x1", Svg.number(AXIS - 6), "y1", Svg.number(ty), "x2", Svg.number(AXIS), "y2", Svg.number(ty));
      svg.text("text", tick.isZero() ? "0" : "+" + duration(ui, tick), "x", Svg.number(AXIS - 10),
          "y", Svg.number(ty + 5), "text-anchor", "end");
    }
    svg.close("g");

    double gap = t.interval().toSeconds() * zoomScale;
    svg.open("g", "class", "attempts soft");
    for (int k = 0; k <= t.retries() && k * (double) t.interval().toSeconds() <= zoomEnd; k++) {
      if (k == 0 || gap >= MIN_DOT_GAP) {
        double ay = y.applyAsDouble(k * (double) t.interval().toSeconds());
        svg.empty("circle", "cx", Svg.number(AXIS), "cy", Svg.number(ay), "r", k == 0 ? "6" : "4");
      }
    }
    svg.close("g");

    double labelX = AXIS + 16;
    svg.text("text", ui.get("figure.timeline.first"), "x", Svg.number(labelX), "y", Svg.number(TOP + 5),
        "class", "label strong");
    if (t.retries() > 0) {
      double second = y.applyAsDouble(t.interval().toSeconds());
      svg.text("text", ui.format("figure.timeline.every", duration(ui, t.interval())), "x", Svg.number(labelX),
          "y", Svg.number(Math.max(second + 5, TOP + 26)), "class", "label");
    }
    if (t.warns()) {
      double wy = y.applyAsDouble(DELAY_WARNING.toSeconds());
      svg.empty("line", "class", "warning", "x1", Svg.number(AXIS - 4), "y1", Svg.number(wy),
          "x2", Svg.number(WIDTH - 8), "y2", Svg.number(wy));
      svg.text("text", ui.get("figure.timeline.warning"), "x", Svg.number(labelX), "y", Svg.number(wy - 6),
          "class", "label");
    }
    if (rest) {
      svg.text("text", ui.format("figure.timeline.continue", duration(ui, t.interval()), t.attempts()),
          "x", Svg.number(labelX), "y", Svg.number(restTop + REST_HEIGHT / 2), "class", "label");
    }
    svg.open("g", "class", "hard");
    svg.empty("rect", "x", Svg.number(AXIS - 7), "y", Svg.number(end - 7), "width", "14", "height", "14");
    svg.close("g");
    svg.text("text", ui.get("figure.timeline.hard"), "x", Svg.number(labelX), "y", Svg.number(end + 5),
        "class", "label strong");
    svg.text("text", t.exhausted()
            ? ui.format("figure.timeline.used", t.retries(), duration(ui, t.giveUp()))
            : ui.format("figure.timeline.lifetime", duration(ui, t.period())),
        "x", Svg.number(labelX), "y", Svg.number(end + 25), "class", "label");
    return new Figure(id, svg.end(), String.join(" ", caption), after);
  }

  /**
   * The anatomy of {@link #ANATOMY_REPLY}: the reply code and its class digit, the enhanced code's
   * class, subject and detail, and the text, each marked and labelled with its meaning from the
   * catalog.
   */
  static Figure anatomy(Catalog catalog, UiMessages ui, String tag, int after) {
    String id = "reply-anatomy";
    String reply = ANATOMY_REPLY;
    int code = Integer.parseInt(reply.substring(0, 3));
    EnhancedStatus status = EnhancedStatus.parse(reply.substring(4, 9)).orElseThrow();
    String text = reply.substring(10);
    String codeMeaning = catalog.guide(Guides.of(ReplyClass.of(code)), tag).value().title();
    String classMeaning = catalog.guide(Guides.ofEnhancedClass(status.classDigit()), tag).value().title();
    String subjectMeaning = catalog.guide(Guides.of(status.subjectArea()), tag).value().title();
    String detailMeaning = catalog.text(catalog.enhanced(status.toString()).orElseThrow(), tag).value().title();
    // Rows from top to bottom, each part further left than the one above, so that no leader line
    // crosses a label: text, detail, subject, class, reply code.
    List<Part> parts = List.of(
        new Part(10, reply.length() - 1, 10, ui.get("figure.anatomy.text"), ui.get("figure.anatomy.text.note"), "part-text"),
        new Part(8, 8, 8, ui.format("figure.anatomy.detail", status.detail()), detailMeaning, "part-detail"),
        new Part(6, 6, 6, ui.format("figure.anatomy.subject", status.subject()), subjectMeaning, "part-subject"),
        new Part(4, 4, 4, ui.format("figure.anatomy.class", status.classDigit()), classMeaning, "part-class"),
        new Part(0, 2, 1, ui.format("figure.anatomy.code", Integer.toString(code)), codeMeaning, "part-code"));
    double left = 16;
    double charWidth = 14.4;
    double baseline = 44;
    double rowTop = 100;
    double rowHeight = 50;
    double height = rowTop + rowHeight * parts.size() - 8;
    Svg svg = new Svg(id, WIDTH, height, ui.get("figure.anatomy.title"), id + "-caption");
    svg.text("style", STYLE);
    svg.text("text", reply, "x", Svg.number(left), "y", Svg.number(baseline), "class", "reply",
        "textLength", Svg.number(charWidth * reply.length()), "lengthAdjust", "spacingAndGlyphs");
    for (int row = 0; row < parts.size(); row++) {
      Part part = parts.get(row);
      double x1 = left + part.first() * charWidth + 1;
      double x2 = left + (part.last() + 1) * charWidth - 1;
      double lead = left + (part.lead() + 0.5) * charWidth;
      double labelY = rowTop + row * rowHeight;
      svg.open("g", "class", "part " + part.css());
      svg.empty("path", "d", "M" + Svg.number(x1) + " 54v6H" + Svg.number(x2) + "v-6", "class", "bracket");
      svg.empty("line", "x1", Svg.number(lead), "y1", "60", "x2", Svg.number(lead), "y2", Svg.number(labelY - 14));
      svg.empty("circle", "cx", Svg.number(lead), "cy", Svg.number(labelY - 14), "r", "3");
      svg.text("text", part.label(), "x", Svg.number(lead), "y", Svg.number(labelY + 2), "class", "label strong");
      svg.text("text", part.meaning(), "x", Svg.number(lead), "y", Svg.number(labelY + 20), "class", "label");
      svg.close("g");
    }
    String caption = ui.format("figure.anatomy.caption", reply, Integer.toString(code), codeMeaning,
        status.toString(), classMeaning, subjectMeaning, detailMeaning, text);
    return new Figure(id, svg.end(), caption, after);
  }

  /** One labelled part of the reply: its characters, where its leader starts, its words and style. */
  private record Part(int first, int last, int lead, String label, String meaning, String css) {}

  /** {@code d} in words: whole days, else whole hours, else minutes. */
  static String duration(UiMessages ui, Duration d) {
    if (!d.isZero() && d.toHoursPart() == 0 && d.toMinutesPart() == 0 && d.toSecondsPart() == 0) {
      return ui.format("figure.days", d.toDays());
    }
    if (d.toMinutesPart() == 0 && d.toSecondsPart() == 0) {
      return ui.format("figure.hours", d.toHours());
    }
    return ui.format("figure.minutes", Math.max(1, d.toMinutes()));
  }

  /**
   * The attempts a policy makes after a first soft bounce at time zero, as {@link
   * BouncePolicy#verdict} decides them: one every interval, while the next falls within the retry
   * period and the retries last.
   *
   * @param interval the wait between attempts
   * @param period   the retry period (queue lifetime)
   * @param retries  the attempts after the first
   * @param exhausted whether the retries ran out before the retry period
   */
  record Timeline(Duration interval, Duration period, int retries, boolean exhausted) {
    static Timeline of(BouncePolicy policy) {
      long byTime = policy.retryPeriod().toSeconds() / policy.retryInterval().toSeconds();
      int retries = (int) Math.min(policy.maxRetries(), byTime);
      return new Timeline(policy.retryInterval(), policy.retryPeriod(), retries, policy.maxRetries() < byTime);
    }

    /** Every attempt, the first included. */
    int attempts() {
      return retries + 1;
    }

    /** When the last attempt fails and the soft bounce becomes a hard bounce. */
    Duration giveUp() {
      return interval.multipliedBy(retries);
    }

    /** Whether the usual delay warning comes before the policy gives up. */
    boolean warns() {
      return DELAY_WARNING.compareTo(giveUp()) < 0;
    }

    /** The end of the first, zoomed part of the picture: past the warning, or the give-up if sooner. */
    Duration zoomEnd() {
      Duration zoom = DELAY_WARNING.plus(interval);
      if (interval.multipliedBy(4).compareTo(zoom) > 0) {
        zoom = interval.multipliedBy(4);
      }
      Duration giveUp = giveUp().isZero() ? interval : giveUp();
      return zoom.compareTo(giveUp) < 0 ? zoom : giveUp;
    }

    /** The marks on the time axis: whole hours in the zoomed part, whole days after it. */
    List<Duration> ticks() {
      List<Duration> ticks = new ArrayList<>();
      Duration zoom = zoomEnd();
      long hours = Math.max(1, (zoom.toHours() + 5) / 6);
      for (Duration t = Duration.ZERO; t.compareTo(zoom) <= 0; t = t.plusHours(hours)) {
        ticks.add(t);
      }
      Duration last = giveUp();
      Duration day = Duration.ofDays(1);
      for (Duration t = day; t.compareTo(last) <= 0; t = t.plus(day)) {
        if (t.compareTo(zoom) > 0) {
          ticks.add(t);
        }
      }
      return ticks;
    }
  }
}

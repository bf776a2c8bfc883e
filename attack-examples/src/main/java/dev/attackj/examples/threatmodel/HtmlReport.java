package dev.attackj.examples.threatmodel;

import dev.attackj.core.Tactic;
import dev.attackj.gap.analysis.GapAnalysis;
import dev.attackj.gap.analysis.Tally;
import dev.attackj.gap.analysis.TechniqueGap;
import dev.attackj.gap.plan.PlanItem;
import dev.attackj.gap.plan.RemediationPlan;
import dev.attackj.gap.plan.Wave;
import dev.attackj.gap.profile.Actor;
import dev.attackj.gap.strategy.RankedTechnique;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML report of a threat model: one self-contained page, also well-formed XML (XHTML), with
 * the headline figures, the matrix pictures inlined as SVG, tables by tactic and actor, the plan's
 * waves and the ranked gaps with their explanations. Every text that comes from input is escaped.
 */
final class HtmlReport {

  private static final Pattern SVG_ID = Pattern.compile("id=\"([^\"]+)\"");

  private static final String STYLE = """
      body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 72em;
        padding: 0 1em; color: #1d1d1f; line-height: 1.4; }
      h1 { margin-bottom: 0.2em; }
      .meta { color: #555; margin-top: 0; }
      .figures { display: flex; flex-wrap: wrap; gap: 0.8em; margin: 1em 0; }
      .figure { border: 1px solid #ccc; border-radius: 6px; padding: 0.6em 1em; min-width: 9em; }
      .figure .value { font-size: 1.6em; font-weight: 600; display: block; }
      .figure .label { color: #555; font-size: 0.9em; }
      figure { margin: 1em 0 2em; }
      figure svg { width: 100%; height: auto; border: 1px solid #ddd; }
      figcaption { color: #555; font-size: 0.9em; }
      table { border-collapse: collapse; width: 100%; margin: 0.5em 0 2em; font-size: 0.92em; }
      th, td { border-bottom: 1px solid #ddd; padding: 0.3em 0.5em; text-align: left;
        vertical-align: top; }
      th { background: #f2f2f2; }
      td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
      .bar { background: #eee; height: 0.6em; width: 8em; display: inline-block; }
      .bar span { background: #2e9e4f; height: 100%; display: block; }
      .GAP { color: #b00020; }
      .PARTIAL { color: #a66a00; }
      @media print {
        body { margin: 0; max-width: none; font-size: 10pt; }
        h2 { page-break-after: avoid; }
        figure, tr { page-break-inside: avoid; }
        .figure { border-color: #999; }
      }
      """;

  private final ThreatModel model;
  private final List<String> pictures;
  private final StringBuilder html = new StringBuilder();
  private int svgCount;

  private HtmlReport(ThreatModel model, List<String> pictures) {
    this.model = model;
    this.pictures = pictures;
  }

  /** Returns a report of a model with the SVG documents of its profile, coverage and gaps layers. */
  static HtmlReport of(ThreatModel model, String profileSvg, String coverageSvg, String gapsSvg) {
    return new HtmlReport(model, List.of(profileSvg, coverageSvg, gapsSvg));
  }

  /** Renders the page. */
  String render() {
    RemediationPlan plan = model.plan();
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n")
        .append("<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>Threat model: ").append(text(plan.profile())).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    header();
    figures();
    pictures();
    tacticTable();
    actorTable();
    waves();
    rankedGaps();
    importNotes();
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private void header() {
    RemediationPlan plan = model.plan();
    html.append("<h1>Threat model: ").append(text(plan.profile())).append("</h1>\n")
        .append("<p class=\"meta\">ATT&amp;CK ")
        .append(text(plan.attackRelease().isEmpty() ? "release unknown" : plan.attackRelease()))
        .append(" · assessed ").append(text(plan.assessmentDate()))
        .append(" · strategy ").append(text(plan.strategy()))
        .append(" · ").append(model.inventory().rules().size()).append(" detection rules from ")
        .append(text(model.rules().isEmpty()
            ? "the example inventory"
            : String.join(", ", model.rules().stream().map(Object::toString).toList())))
        .append("</p>\n");
  }

  private void figures() {
    Tally overall = model.analysis().overall();
    RemediationPlan plan = model.plan();
    html.append("<div class=\"figures\">\n");
    figure(Integer.toString(overall.total()), "techniques in the profile");
    figure(percent(overall.coveredPercent()), overall.covered() + " covered");
    figure(Integer.toString(overall.partial()), "partly covered");
    figure(Integer.toString(overall.gaps()), "gaps");
    figure(percent(plan.targetCoverage()), "target");
    figure(percent(plan.plannedCoverage()), count(plan.items().size(), "gap", "gaps")
        + " planned in " + count(plan.waves().size(), "wave", "waves"));
    html.append("</div>\n");
  }

  private void figure(String value, String label) {
    html.append("<div class=\"figure\"><span class=\"value\">").append(text(value))
        .append("</span><span class=\"label\">").append(text(label)).append("</span></div>\n");
  }

  private void pictures() {
    html.append("<h2>Matrices</h2>\n");
    picture(pictures.get(0), "The threat profile: techniques scored by the weight of the actors "
        + "that use them.");
    picture(pictures.get(1), "Coverage of the profile: green covered, yellow partly covered, "
        + "red gaps.");
    picture(pictures.get(2), "Gaps by wave of the plan: the first wave darkest; grey gaps are "
        + "left for after the plan.");
  }

  /** Inlines an SVG document, giving its IDs a prefix so that several pictures can share a page. */
  private void picture(String svg, String caption) {
    String prefix = "svg" + (svgCount++) + "-";
    String body = svg.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
    Matcher ids = SVG_ID.matcher(body);
    Map<String, String> renamed = new HashMap<>();
    while (ids.find()) {
      renamed.put(ids.group(1), prefix + ids.group(1));
    }
    for (Map.Entry<String, String> id : renamed.entrySet()) {
      body = body.replace("id=\"" + id.getKey() + "\"", "id=\"" + id.getValue() + "\"")
          .replace("url(#" + id.getKey() + ")", "url(#" + id.getValue() + ")");
    }
    html.append("<figure>\n").append(body).append("<figcaption>").append(text(caption))
        .append("</figcaption>\n</figure>\n");
  }

  private void tacticTable() {
    html.append("<h2>Coverage by tactic</h2>\n<table>\n");
    tallyHeader("Tactic");
    for (Map.Entry<String, Tally> tactic : model.analysis().byTactic().entrySet()) {
      tallyRow(tacticName(tactic.getKey()), tactic.getValue());
    }
    html.append("</table>\n");
  }

  private void actorTable() {
    html.append("<h2>Coverage by actor</h2>\n<table>\n");
    tallyHeader("Actor");
    Map<String, Actor> actors = model.profile().actorsById();
    for (Map.Entry<String, Tally> actor : model.analysis().byActor().entrySet()) {
      Actor known = actors.get(actor.getKey());
      tallyRow(known == null ? actor.getKey() : known.toString(), actor.getValue());
    }
    html.append("</table>\n");
  }

  private String tacticName(String shortName) {
    return model.knowledgeBase().tactic(shortName).map(Tactic::name).orElse(shortName);
  }

  private void tallyHeader(String first) {
    html.append("<tr><th>").append(first).append("</th><th class=\"number\">Techniques</th>")
        .append("<th class=\"number\">Covered</th><th class=\"number\">Partly</th>")
        .append("<th class=\"number\">Gaps</th><th class=\"number\">Covered %</th>")
        .append("<th></th></tr>\n");
  }

  private void tallyRow(String name, Tally tally) {
    html.append("<tr><td>").append(text(name)).append("</td>")
        .append(number(tally.total())).append(number(tally.covered()))
        .append(number(tally.partial())).append(number(tally.gaps()))
        .append("<td class=\"number\">").append(percent(tally.coveredPercent())).append("</td>")
        .append("<td><span class=\"bar\"><span style=\"width: ")
        .append(String.format(Locale.ROOT, "%.0f", tally.coveredPercent()))
        .append("%\"></span></span></td></tr>\n");
  }

  private void waves() {
    RemediationPlan plan = model.plan();
    html.append("<h2>Plan</h2>\n<p>From ").append(percent(plan.currentCoverage())).append(" to ")
        .append(percent(plan.plannedCoverage())).append(" coverage of the profile (target ")
        .append(percent(plan.targetCoverage())).append("); ")
        .append(count(plan.remainingGaps().size(), "gap remains", "gaps remain"))
        .append(" after the plan.</p>\n")
        .append("<table>\n<tr><th>Wave</th><th class=\"number\">Gaps</th>")
        .append("<th class=\"number\">Effort (days)</th><th class=\"number\">Coverage after</th>")
        .append("<th>Techniques</th></tr>\n");
    for (Wave wave : plan.waves()) {
      html.append("<tr><td>").append(text(wave.name())).append("</td>")
          .append(number(wave.items().size()))
          .append("<td class=\"number\">")
          .append(String.format(Locale.ROOT, "%.1f", wave.effortDays())).append("</td>")
          .append("<td class=\"number\">").append(percent(wave.coverageAfter())).append("</td>")
          .append("<td>").append(text(String.join(", ",
              wave.items().stream().map(PlanItem::techniqueId).toList())))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private void rankedGaps() {
    GapAnalysis analysis = model.analysis();
    Map<String, String> waveOf = new HashMap<>();
    for (Wave wave : model.plan().waves()) {
      wave.items().forEach(item -> waveOf.put(item.techniqueId(), wave.name()));
    }
    html.append("<h2>Ranked gaps</h2>\n<p>Gaps and partly covered techniques of the profile, "
            + "highest priority first, ranked by the strategy ")
        .append(text(model.ranking().strategy())).append(".</p>\n<table>\n")
        .append("<tr><th class=\"number\">Rank</th><th>Technique</th><th>Status</th>")
        .append("<th>Tactics</th><th>Actors</th><th class=\"number\">Score</th>")
        .append("<th>Wave</th><th>Why</th></tr>\n");
    for (RankedTechnique entry : model.ranking().ranking()) {
      TechniqueGap gap = analysis.technique(entry.techniqueId()).orElse(null);
      String name = gap == null ? entry.name() : gap.name();
      String status = gap == null ? "" : gap.status().name();
      String rationale = entry.explanation().isEmpty() ? entry.note() : entry.explanation();
      html.append("<tr><td class=\"number\">").append(entry.rank()).append("</td><td>")
          .append(text(entry.techniqueId())).append(' ').append(text(name)).append("</td>")
          .append("<td class=\"").append(status).append("\">")
          .append(text(status.toLowerCase(Locale.ROOT))).append("</td><td>")
          .append(text(gap == null ? "" : String.join(", ", gap.tactics().stream()
              .map(this::tacticName).toList()))).append("</td><td>")
          .append(text(gap == null ? "" : String.join(", ", gap.actors()))).append("</td>")
          .append("<td class=\"number\">")
          .append(String.format(Locale.ROOT, "%.3f", entry.score())).append("</td><td>")
          .append(text(waveOf.getOrDefault(entry.techniqueId(), "later"))).append("</td><td>")
          .append(text(rationale)).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private void importNotes() {
    var report = model.inventory().report();
    html.append("<h2>Detection inventory</h2>\n<p>")
        .append(count(model.inventory().rules().size(), "rule", "rules")).append(" read from ")
        .append(count(report.files(), "file", "files")).append("; ")
        .append(count(report.problems().size(), "problem", "problems")).append(", ")
        .append(report.unknown().size()).append(" unknown, ")
        .append(report.revoked().size()).append(" revoked and ")
        .append(report.deprecated().size()).append(" deprecated technique IDs.</p>\n");
  }

  private static String count(int count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  private static String number(int value) {
    return "<td class=\"number\">" + value + "</td>";
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f %%", value);
  }

  /** Escapes text for XHTML element content and attribute values. */
  static String text(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            escaped.append(' ');
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}

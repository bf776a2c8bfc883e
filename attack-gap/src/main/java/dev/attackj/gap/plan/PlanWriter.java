package dev.attackj.gap.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.gap.analysis.GapAnalysis;
import dev.attackj.gap.analysis.TechniqueGap;
import dev.attackj.gap.profile.Mappers;
import dev.attackj.gap.profile.TechniqueThreat;
import dev.attackj.gap.profile.ThreatProfile;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writers of plans and their context: YAML, JSON and Markdown plans, and Navigator layers of a
 * threat profile, of its coverage and of its planned gaps.
 *
 * <p>The layers follow version 4.5 of the Navigator layer format, written directly as JSON:
 * {@code name}, {@code versions}, {@code domain}, {@code description}, {@code techniques} (each
 * with {@code techniqueID}, {@code score} and {@code comment}), {@code gradient} and
 * {@code legendItems}.
 */
public final class PlanWriter {

  private static final String LAYER_FORMAT = "4.5";
  private static final String NAVIGATOR = "5.1.0";

  private PlanWriter() {}

  /** Writes a plan as YAML. */
  public static String yaml(RemediationPlan plan) {
    return plan.toYaml();
  }

  /** Writes a plan as JSON. */
  public static String json(RemediationPlan plan) {
    return plan.toJson();
  }

  /** Writes a plan as Markdown; text from input is escaped. */
  public static String markdown(RemediationPlan plan) {
    StringBuilder md = new StringBuilder();
    md.append("# Remediation plan: ").append(Markdown.escape(plan.profile())).append("\n\n");
    md.append("| | |\n|---|---|\n");
    row(md, "Assessment date", plan.assessmentDate());
    row(md, "ATT&CK release", plan.attackRelease().isEmpty() ? "unknown" : plan.attackRelease());
    row(md, "Primary threats", String.join(", ", plan.primaryThreats()));
    row(md, "Strategy", plan.strategy());
    row(md, "Techniques in the profile", Integer.toString(plan.techniques()));
    row(md, "Current coverage", percent(plan.currentCoverage()));
    row(md, "Target coverage", percent(plan.targetCoverage()));
    row(md, "Planned coverage", percent(plan.plannedCoverage()));
    md.append('\n');

    int number = 1;
    for (Wave wave : plan.waves()) {
      md.append(String.format(Locale.ROOT,
          "## Wave %d: %s (coverage after: %s, effort: %.1f days)%n%n", number++,
          Markdown.escape(wave.name()), percent(wave.coverageAfter()), wave.effortDays()));
      if (wave.items().isEmpty()) {
        md.append("No gaps in this wave.\n\n");
        continue;
      }
      md.append("| Rank | Technique | Name | Data or log sources | Effort "
          + "| Detection approach |\n");
      md.append("|---|---|---|---|---|---|\n");
      for (PlanItem item : wave.items()) {
        md.append("| ").append(item.rank())
            .append(" | ").append(Markdown.escape(item.techniqueId()))
            .append(" | ").append(Markdown.escape(item.name()))
            .append(" | ").append(Markdown.escape(String.join(", ", item.dataSources())))
            .append(" | ").append(item.effort())
            .append(" | ").append(Markdown.escape(item.detectionApproach()))
            .append(" |\n");
      }
      md.append('\n');
      wave.items().forEach(item -> details(md, item));
    }
    if (!plan.remainingGaps().isEmpty()) {
      md.append("## After the plan\n\n").append(plan.remainingGaps().size())
          .append(" gaps remain: ").append(Markdown.escape(String.join(", ",
              plan.remainingGaps()))).append("\n");
    }
    return md.toString();
  }

  /** Writes a layer of a profile's techniques, scored by weight and commented with the actors. */
  public static String profileLayer(ThreatProfile profile) {
    ObjectNode layer = layer("Threat profile: " + profile.name(), profile.release(),
        "Techniques of the threat profile, scored by the weight of the actors that use them.");
    ArrayNode techniques = layer.putArray("techniques");
    double max = 0;
    for (TechniqueThreat threat : profile.techniques().values()) {
      max = Math.max(max, threat.weight());
      techniques.addObject()
          .put("techniqueID", threat.techniqueId())
          .put("score", threat.weight())
          .put("comment", "Used by " + String.join(", ", threat.actorIds()))
          .put("enabled", true);
    }
    gradient(layer, List.of("#ffffff", "#ff6666"), 0, Math.max(max, 1));
    return Mappers.toJson(layer);
  }

  /**
   * Writes a layer of a gap analysis: covered techniques score 2, partly covered 1 and gaps 0, on a
   * gradient from red to green.
   */
  public static String coverageLayer(GapAnalysis analysis) {
    ObjectNode layer = layer("Coverage: " + analysis.profile(), analysis.release(),
        "Coverage of the threat profile: 2 covered, 1 partly covered, 0 gap. "
            + analysis.overall());
    ArrayNode techniques = layer.putArray("techniques");
    for (TechniqueGap gap : analysis.techniques()) {
      int score = switch (gap.status()) {
        case COVERED -> 2;
        case PARTIAL -> 1;
        case GAP -> 0;
      };
      techniques.addObject()
          .put("techniqueID", gap.techniqueId())
          .put("score", score)
          .put("comment", gap.status() + ", " + gap.ruleCount() + " rules")
          .put("enabled", true);
    }
    gradient(layer, List.of("#ff6666", "#ffe766", "#8ec843"), 0, 2);
    legend(layer, List.of("Gap", "Partly covered", "Covered"),
        List.of("#ff6666", "#ffe766", "#8ec843"));
    return Mappers.toJson(layer);
  }

  /**
   * Writes a layer of a plan's gaps: each scored by the number of its wave (1 for the first),
   * and the remaining gaps by one more than the last wave, commented with rank and effort.
   */
  public static String gapsLayer(RemediationPlan plan) {
    ObjectNode layer = layer("Gaps: " + plan.profile(), plan.attackRelease(),
        "Planned gaps by wave (1 is the first wave); the highest score marks gaps left for later.");
    ArrayNode techniques = layer.putArray("techniques");
    int number = 1;
    for (Wave wave : plan.waves()) {
      for (PlanItem item : wave.items()) {
        techniques.addObject()
            .put("techniqueID", item.techniqueId())
            .put("score", number)
            .put("comment", "Rank " + item.rank() + ", wave " + wave.name() + ", "
                + item.effort())
            .put("enabled", true);
      }
      number++;
    }
    for (String remaining : plan.remainingGaps()) {
      techniques.addObject().put("techniqueID", remaining).put("score", number)
          .put("comment", "Left for after the plan").put("enabled", true);
    }
    gradient(layer, List.of("#ff6666", "#ffe766", "#dddddd"), 1, Math.max(number, 2));
    return Mappers.toJson(layer);
  }

  private static void details(StringBuilder md, PlanItem item) {
    Function<List<String>, String> list = items -> items.isEmpty()
        ? "none"
        : Markdown.escape(String.join(", ", items));
    md.append("### ").append(item.rank()).append(". ").append(Markdown.escape(item.techniqueId()))
        .append(' ').append(Markdown.escape(item.name())).append("\n\n");
    md.append("- Status: ").append(item.status()).append('\n');
    md.append("- Tactics: ").append(list.apply(item.tactics())).append('\n');
    md.append("- Used by: ").append(list.apply(item.actors())).append('\n');
    md.append(String.format(Locale.ROOT, "- Why here: score %.6f; %s%n", item.score(),
        Markdown.escape(item.rationale())));
    md.append("- Detection strategies: ").append(list.apply(item.detectionStrategies()))
        .append('\n');
    md.append("- Analytics: ").append(list.apply(item.analytics())).append('\n');
    md.append("- Data components: ").append(list.apply(item.dataComponents())).append('\n');
    md.append("- Mitigations: ").append(list.apply(item.mitigations())).append('\n');
    md.append("- Effort: ").append(item.effort()).append("; ")
        .append(Markdown.escape(item.effort().basis())).append("\n\n");
  }

  private static void row(StringBuilder md, String label, String value) {
    md.append("| ").append(label).append(" | ").append(Markdown.escape(value)).append(" |\n");
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", value);
  }

  private static ObjectNode layer(String name, String release, String description) {
    ObjectNode layer = JsonNodeFactory.instance.objectNode();
    layer.put("name", name);
    ObjectNode versions = layer.putObject("versions");
    if (!release.isEmpty()) {
      versions.put("attack", release.split("\\.")[0]);
    }
    versions.put("navigator", NAVIGATOR).put("layer", LAYER_FORMAT);
    layer.put("domain", "enterprise-attack");
    layer.put("description", description);
    return layer;
  }

  private static void gradient(ObjectNode layer, List<String> colors, double min, double max) {
    ObjectNode gradient = layer.putObject("gradient");
    ArrayNode array = gradient.putArray("colors");
    colors.forEach(array::add);
    gradient.put("minValue", min).put("maxValue", max);
  }

  private static void legend(ObjectNode layer, List<String> labels, List<String> colors) {
    ArrayNode items = layer.putArray("legendItems");
    for (int i = 0; i < labels.size(); i++) {
      items.addObject().put("label", labels.get(i)).put("color", colors.get(i));
    }
  }
}

package dev.attackj.gap.plan;

import dev.attackj.gap.analysis.GapAnalysis;
import dev.attackj.gap.analysis.TechniqueGap;
import dev.attackj.gap.profile.Actor;
import dev.attackj.gap.profile.ActorUse;
import dev.attackj.gap.profile.TechniqueThreat;
import dev.attackj.gap.profile.ThreatProfile;
import dev.attackj.navigator.Gradient;
import dev.attackj.navigator.ImmutableLayer;
import dev.attackj.navigator.Layer;
import dev.attackj.navigator.LegendItem;
import dev.attackj.navigator.TechniqueEntry;
import dev.attackj.navigator.Versions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writers of plans and their context: YAML, JSON and Markdown plans, and Navigator layers of a
 * threat profile, of its coverage and of its planned gaps.
 *
 * <p>Layers are values of the navigator module's {@link Layer} model; write them with
 * {@link dev.attackj.navigator.LayerWriter}. They are Enterprise layers.
 */
public final class PlanWriter {

  private static final String DOMAIN = "enterprise-attack";

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

  /** Makes a layer of a profile's techniques, scored by weight and commented with the actors. */
  public static Layer profileLayer(ThreatProfile profile) {
    List<TechniqueEntry> entries = new ArrayList<>();
    double max = 0;
    for (TechniqueThreat threat : profile.techniques().values()) {
      max = Math.max(max, threat.weight());
      entries.add(entry(threat.techniqueId(), threat.weight(),
          "Used by " + String.join(", ", threat.actorIds())));
    }
    return layer("Threat profile: " + profile.name(), profile.release(),
        "Techniques of the threat profile, scored by the weight of the actors that use them.")
        .techniques(entries)
        .gradient(Gradient.of(List.of("#ffffff", "#ff6666"), BigDecimal.ZERO,
            BigDecimal.valueOf(Math.max(max, 1))))
        .build();
  }

  /**
   * Makes a layer of the techniques one actor of a profile uses, each scored 1 and commented with
   * how the actor comes to use it (directly, or through which software or campaign).
   *
   * @param actorId the {@linkplain Actor#id() ID} of an actor of the profile
   * @throws IllegalArgumentException if the profile has no actor of that ID
   */
  public static Layer actorLayer(ThreatProfile profile, String actorId) {
    Actor actor = profile.actor(actorId).orElseThrow(() -> new IllegalArgumentException(
        "threat profile " + profile.name() + " has no actor " + actorId + "; its actors are "
            + profile.actorsById().keySet()));
    List<TechniqueEntry> entries = new ArrayList<>();
    for (TechniqueThreat threat : profile.techniques().values()) {
      List<String> routes = threat.uses().stream()
          .filter(use -> use.actor().equals(actorId))
          .map(use -> use.via() == ActorUse.Via.DIRECT
              ? "directly"
              : "via " + use.via().name().toLowerCase(Locale.ROOT) + " " + use.through())
          .distinct()
          .toList();
      if (!routes.isEmpty()) {
        entries.add(entry(threat.techniqueId(), 1, "Used " + String.join("; ", routes)));
      }
    }
    return layer(actor.toString(), profile.release(),
        "Techniques of " + actor + " in the threat profile " + profile.name() + ".")
        .techniques(entries)
        .gradient(Gradient.of(List.of("#ffffff", "#ff6666"), 0, 1))
        .build();
  }

  /**
   * Makes a layer of a gap analysis: covered techniques score 2, partly covered 1 and gaps 0, on
   * a gradient from red to green.
   */
  public static Layer coverageLayer(GapAnalysis analysis) {
    List<TechniqueEntry> entries = new ArrayList<>();
    for (TechniqueGap gap : analysis.techniques()) {
      int score = switch (gap.status()) {
        case COVERED -> 2;
        case PARTIAL -> 1;
        case GAP -> 0;
      };
      entries.add(entry(gap.techniqueId(), score, gap.status() + ", " + gap.ruleCount()
          + (gap.ruleCount() == 1 ? " rule" : " rules")));
    }
    return layer("Coverage: " + analysis.profile(), analysis.release(),
        "Coverage of the threat profile: 2 covered, 1 partly covered, 0 gap. "
            + analysis.overall())
        .techniques(entries)
        .gradient(Gradient.of(Gradient.RED_TO_GREEN, 0, 2))
        .addLegendItems(LegendItem.of("Gap", Gradient.RED_TO_GREEN.get(0)),
            LegendItem.of("Partly covered", Gradient.RED_TO_GREEN.get(1)),
            LegendItem.of("Covered", Gradient.RED_TO_GREEN.get(2)))
        .build();
  }

  /**
   * Makes a layer of a plan's gaps: each scored by the number of its wave (1 for the first),
   * and the remaining gaps by one more than the last wave, commented with rank and effort.
   */
  public static Layer gapsLayer(RemediationPlan plan) {
    List<TechniqueEntry> entries = new ArrayList<>();
    int number = 1;
    for (Wave wave : plan.waves()) {
      for (PlanItem item : wave.items()) {
        entries.add(entry(item.techniqueId(), number, "Rank " + item.rank() + ", wave "
            + wave.name() + ", " + item.effort()));
      }
      number++;
    }
    for (String remaining : plan.remainingGaps()) {
      entries.add(entry(remaining, number, "Left for after the plan"));
    }
    return layer("Gaps: " + plan.profile(), plan.attackRelease(),
        "Planned gaps by wave (1 is the first wave); the highest score marks gaps left for later.")
        .techniques(entries)
        .gradient(Gradient.of(List.of("#ff6666", "#ffe766", "#dddddd"), 1, Math.max(number, 2)))
        .build();
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

  private static ImmutableLayer.Builder layer(String name, String release, String description) {
    Optional<String> attack = release.isEmpty()
        ? Optional.empty()
        : Optional.of(release.split("\\.")[0]);
    return Layer.builder().name(name).domain(DOMAIN).versions(Versions.of(attack))
        .description(description);
  }

  private static TechniqueEntry entry(String techniqueId, double score, String comment) {
    return TechniqueEntry.builder().techniqueId(techniqueId).score(BigDecimal.valueOf(score))
        .comment(comment).build();
  }
}

package dev.attackj.examples.threatmodel;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.gap.analysis.GapAnalysis;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.inventory.Inventory;
import dev.attackj.gap.plan.RemediationPlan;
import dev.attackj.gap.profile.ThreatProfile;
import dev.attackj.gap.strategy.Ranking;
import java.nio.file.Path;
import java.util.List;

/**
 * The results of a {@link ThreatModelJob}: the threat profile, the detection inventory and its
 * coverage, the gap analysis, the ranking of the gaps and the plan.
 *
 * @param rules the rule paths read, empty for the example inventory
 */
public record ThreatModel(KnowledgeBase knowledgeBase, ThreatProfile profile,
    Inventory inventory, Coverage coverage, GapAnalysis analysis, Ranking ranking,
    RemediationPlan plan, List<Path> rules) {

  /** The profile, its coverage and how far the plan takes it, on one line. */
  @Override
  public String toString() {
    return profile.name() + ": " + analysis.overall() + "; " + plan;
  }
}

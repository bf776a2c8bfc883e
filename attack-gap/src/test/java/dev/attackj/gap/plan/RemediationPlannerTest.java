package dev.attackj.gap.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attackj.gap.Enterprise;
import dev.attackj.gap.analysis.GapAnalysis;
import dev.attackj.gap.analysis.GapStatus;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.coverage.ImmutableCoverage;
import dev.attackj.gap.coverage.TechniqueCoverage;
import dev.attackj.gap.profile.Mappers;
import dev.attackj.gap.profile.ThreatProfile;
import dev.attackj.navigator.LayerWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemediationPlannerTest {

  private static ThreatProfile profile() {
    return ThreatProfile.builder(Enterprise.v18()).release("18.1").actor("FIN7").build();
  }

  /** Covers the first share of the profile's techniques, in ID order, with one rule each. */
  private static Coverage coverage(ThreatProfile profile, double share) {
    ImmutableCoverage.Builder coverage = Coverage.builder();
    List<String> ids = List.copyOf(profile.techniques().keySet());
    for (int i = 0; i < (int) (ids.size() * share); i++) {
      coverage.putTechnique(ids.get(i), TechniqueCoverage.builder().techniqueId(ids.get(i))
          .score(1).addRuleId("rule-" + i).build());
    }
    return coverage.build();
  }

  @Test
  void plan_target80_takesShortestListToTarget() {
    ThreatProfile profile = profile();
    Coverage coverage = coverage(profile, 0.64);
    int total = profile.techniques().size();

    RemediationPlan plan = RemediationPlanner.builder(Enterprise.v18())
        .targetCoverage(80)
        .assessmentDate(LocalDate.of(2026, 12, 4))
        .plan(profile, coverage);

    int covered = (int) (total * 0.64);
    int needed = (int) Math.ceil(0.8 * total) - covered;
    assertEquals(needed, plan.items().size());
    assertTrue(plan.plannedCoverage() >= 80, plan.toString());
    assertEquals(100.0 * covered / total, plan.currentCoverage(), 1e-9);
    assertEquals("2026-12-04", plan.assessmentDate());
    assertEquals("18.1", plan.attackRelease());
    assertEquals(List.of("G0046 FIN7"), plan.primaryThreats());
    assertEquals("default", plan.strategy());
  }

  @Test
  void plan_items_followRankOrderAcrossWaves() {
    ThreatProfile profile = profile();

    RemediationPlan plan = RemediationPlanner.builder(Enterprise.v18())
        .targetCoverage(90)
        .plan(profile, coverage(profile, 0.5));

    List<Integer> ranks = plan.items().stream().map(PlanItem::rank).toList();
    for (int i = 0; i < ranks.size(); i++) {
      assertEquals(i + 1, ranks.get(i));
    }
    assertEquals(List.of("30 days", "60 days", "90 days"),
        plan.waves().stream().map(Wave::name).toList());
    assertFalse(plan.waves().get(0).items().isEmpty());
    assertTrue(plan.waves().get(0).coverageAfter() < plan.waves().get(2).coverageAfter());
    assertEquals(plan.plannedCoverage(), plan.waves().get(2).coverageAfter(), 1e-9);
  }

  @Test
  void plan_items_carryDetectionGuidance() {
    ThreatProfile profile = profile();

    RemediationPlan plan = RemediationPlanner.builder(Enterprise.v18())
        .targetCoverage(100)
        .plan(profile, coverage(profile, 0));

    assertTrue(plan.items().stream().anyMatch(item -> !item.detectionStrategies().isEmpty()));
    assertTrue(plan.items().stream().anyMatch(item -> !item.logSources().isEmpty()));
    assertTrue(plan.items().stream().anyMatch(item -> !item.mitigations().isEmpty()));
    assertTrue(plan.items().stream().allMatch(item -> !item.effort().basis().isEmpty()));
    assertTrue(plan.items().stream().allMatch(item -> item.status() == GapStatus.GAP));
    assertTrue(plan.items().stream().allMatch(item -> !item.rationale().isEmpty()));
    assertEquals(List.of(), plan.remainingGaps());
  }

  @Test
  void plan_targetAlreadyReached_isEmpty() {
    ThreatProfile profile = profile();

    RemediationPlan plan = RemediationPlanner.builder(Enterprise.v18())
        .targetCoverage(50)
        .plan(profile, coverage(profile, 0.6));

    assertEquals(List.of(), plan.items());
    assertFalse(plan.remainingGaps().isEmpty());
  }

  @Test
  void plan_collectedData_lowersEffort() {
    ThreatProfile profile = profile();
    Coverage coverage = coverage(profile, 0);
    RemediationPlan without = RemediationPlanner.builder(Enterprise.v18()).targetCoverage(100)
        .plan(profile, coverage);

    RemediationPlan with = RemediationPlanner.builder(Enterprise.v18()).targetCoverage(100)
        .parameters(Map.of("collected", "Process Creation,Command Execution"))
        .plan(profile, coverage);

    double effortWithout = without.items().stream().mapToDouble(i -> i.effort().days()).sum();
    double effortWith = with.items().stream().mapToDouble(i -> i.effort().days()).sum();
    assertTrue(effortWith < effortWithout, effortWith + " < " + effortWithout);
  }

  @Test
  void toYaml_roundTrips() throws Exception {
    ThreatProfile profile = profile();
    RemediationPlan plan = RemediationPlanner.builder(Enterprise.v18())
        .plan(profile, coverage(profile, 0.64));

    RemediationPlan read = Mappers.yaml().readValue(plan.toYaml(), RemediationPlan.class);

    assertEquals(plan, read);
  }

  @Test
  void waves_notRising_areRejected() {
    RemediationPlanner planner = RemediationPlanner.builder(Enterprise.v18());

    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> planner.waves(List.of(30, 30)));

    assertEquals("wave days must be whole numbers from 1 that rise strictly: [30, 30]",
        error.getMessage());
  }

  @Test
  void targetCoverage_above100_isRejected() {
    RemediationPlanner planner = RemediationPlanner.builder(Enterprise.v18());

    assertThrows(IllegalArgumentException.class, () -> planner.targetCoverage(120));
  }

  @Test
  void layers_areNavigatorJson() throws Exception {
    ThreatProfile profile = profile();
    Coverage coverage = coverage(profile, 0.5);
    RemediationPlan plan = RemediationPlanner.builder(Enterprise.v18()).plan(profile, coverage);

    JsonNode profileLayer =
        Mappers.json().readTree(LayerWriter.toJson(PlanWriter.profileLayer(profile)));
    JsonNode coverageLayer = Mappers.json().readTree(LayerWriter.toJson(
        PlanWriter.coverageLayer(GapAnalysis.of(profile, coverage))));
    JsonNode gapsLayer = Mappers.json().readTree(LayerWriter.toJson(PlanWriter.gapsLayer(plan)));

    assertEquals("4.5", profileLayer.at("/versions/layer").asText());
    assertEquals("18", profileLayer.at("/versions/attack").asText());
    assertEquals(profile.techniques().size(), profileLayer.get("techniques").size());
    assertEquals(profile.techniques().size(), coverageLayer.get("techniques").size());
    assertEquals(plan.items().size() + plan.remainingGaps().size(),
        gapsLayer.get("techniques").size());
    assertEquals(1, gapsLayer.at("/techniques/0/score").asInt());
  }
}

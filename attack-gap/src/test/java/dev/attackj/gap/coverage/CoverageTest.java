package dev.attackj.gap.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attackj.gap.inventory.DetectionRule;
import dev.attackj.gap.inventory.Inventory;
import dev.attackj.gap.inventory.RuleStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageTest {

  private static DetectionRule rule(String id, String... techniques) {
    return DetectionRule.builder().id(id).format("test").addTechniqueIds(techniques).build();
  }

  private static Inventory inventory(DetectionRule... rules) {
    return Inventory.builder().addRules(rules).build();
  }

  @Test
  void compute_defaultPolicy_countsRulesPerTechnique() {
    Inventory inventory = inventory(rule("a", "T1059.001"), rule("b", "T1059.001", "T1003"));

    Coverage coverage = Coverage.compute(inventory, CoveragePolicy.defaults());

    assertEquals(2.0, coverage.score("T1059.001"));
    assertEquals(1.0, coverage.score("t1003"));
    assertEquals(0.0, coverage.score("T1110"));
    assertFalse(coverage.isCovered("T1110"));
  }

  @Test
  void compute_subtechniqueRules_rollUpToParent() {
    Inventory inventory = inventory(rule("a", "T1059.001"), rule("b", "T1059.003"));

    Coverage coverage = Coverage.compute(inventory, CoveragePolicy.defaults());

    TechniqueCoverage parent = coverage.get("T1059").orElseThrow();
    assertTrue(parent.rolledUp());
    assertEquals(List.of("a", "b"), parent.ruleIds());
    assertEquals(2.0, parent.score());
    assertFalse(coverage.get("T1059.001").orElseThrow().rolledUp());
  }

  @Test
  void compute_noRollUp_leavesParentUncovered() {
    Inventory inventory = inventory(rule("a", "T1059.001"));
    CoveragePolicy policy = CoveragePolicy.builder().subtechniquesCoverParent(false).build();

    Coverage coverage = Coverage.compute(inventory, policy);

    assertFalse(coverage.isCovered("T1059"));
  }

  @Test
  void compute_parentRollDown_usesMentionedSubtechniques() {
    Inventory inventory = inventory(rule("a", "T1059"), rule("b", "T1059.001"));
    CoveragePolicy policy = CoveragePolicy.builder().parentCoversSubtechniques(true).build();

    Coverage coverage = Coverage.compute(inventory, policy);

    assertEquals(List.of("b", "a"), coverage.get("T1059.001").orElseThrow().ruleIds());
    assertFalse(coverage.isCovered("T1059.002"));
  }

  @Test
  void compute_disabledExperimentalDeprecated_followPolicy() {
    DetectionRule disabled = DetectionRule.builder().from(rule("d", "T1003")).enabled(false)
        .build();
    DetectionRule experimental = DetectionRule.builder().from(rule("e", "T1110"))
        .status(RuleStatus.EXPERIMENTAL).build();
    DetectionRule deprecated = DetectionRule.builder().from(rule("x", "T1566"))
        .status(RuleStatus.DEPRECATED).build();
    Inventory inventory = inventory(disabled, experimental, deprecated);

    Coverage defaults = Coverage.compute(inventory, CoveragePolicy.defaults());
    Coverage strict = Coverage.compute(inventory,
        CoveragePolicy.builder().includeExperimental(false).build());
    Coverage everything = Coverage.compute(inventory, CoveragePolicy.builder()
        .includeDisabled(true).includeDeprecated(true).build());

    assertEquals(List.of("T1110"), List.copyOf(defaults.techniques().keySet()));
    assertEquals(Map.of(), strict.techniques());
    assertEquals(3, everything.techniques().size());
  }

  @Test
  void compute_qualityScoring_takesHighestScore() {
    DetectionRule low = DetectionRule.builder().from(rule("low", "T1003")).score(1.0).build();
    DetectionRule high = DetectionRule.builder().from(rule("high", "T1003")).score(4.0).build();
    DetectionRule none = DetectionRule.builder().from(rule("none", "T1110")).score(-1.0).build();
    CoveragePolicy policy = CoveragePolicy.builder().scoring(CoveragePolicy.Scoring.QUALITY)
        .build();

    Coverage coverage = Coverage.compute(inventory(low, high, none), policy);

    assertEquals(4.0, coverage.score("T1003"));
    assertFalse(coverage.isCovered("T1110"));
  }

  @Test
  void summarize_scope_givesOverallAndPerTactic() {
    Coverage coverage = Coverage.compute(inventory(rule("a", "T1059", "T1003")),
        CoveragePolicy.defaults());
    TechniqueScope scope = TechniqueScope.builder().name("test")
        .addTactics("execution", "credential-access")
        .putTechnique("T1059", List.of("execution"))
        .putTechnique("T1106", List.of("execution"))
        .putTechnique("T1003", List.of("credential-access"))
        .putTechnique("T1110", List.of("credential-access"))
        .build();

    CoverageSummary summary = coverage.summarize(scope);

    assertEquals(50.0, summary.overall().percent());
    assertEquals(List.of(TacticCoverage.of("execution", 1, 2),
        TacticCoverage.of("credential-access", 1, 2)), summary.tactics());
    assertEquals(50.0, coverage.percentCovered(List.of("T1059", "t1059", "T1110")));
  }

  @Test
  void json_coverage_roundTrips() throws Exception {
    Coverage coverage = Coverage.compute(inventory(rule("a", "T1059.001")),
        CoveragePolicy.defaults());
    ObjectMapper mapper = new ObjectMapper();

    String json = mapper.writeValueAsString(coverage);
    Coverage read = mapper.readValue(json, Coverage.class);

    assertEquals(coverage, read);
    assertTrue(json.contains("\"rolledUp\":true"), json);
  }
}

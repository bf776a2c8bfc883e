package dev.attackj.gap.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.TechniqueId;
import dev.attackj.gap.inventory.DetectionRule;
import dev.attackj.gap.inventory.Inventory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of coverage over random inventories of a few techniques and sub-techniques. */
class CoverageProperties {

  @Provide
  Arbitrary<Inventory> inventories() {
    Arbitrary<String> ids = Arbitraries.of("T1059", "T1059.001", "T1059.003", "T1003",
        "T1003.001", "T1110", "T9999");
    Arbitrary<DetectionRule> rules = Combinators.combine(
        Arbitraries.integers().between(1, 30),
        ids.list().ofMinSize(0).ofMaxSize(3),
        Arbitraries.of(true, false)
    ).as((number, techniques, enabled) -> DetectionRule.builder()
        .id("r" + number).format("test").techniqueIds(techniques).enabled(enabled).build());
    return rules.list().ofMaxSize(15).map(list -> Inventory.builder().rules(list).build());
  }

  @Provide
  Arbitrary<CoveragePolicy> policies() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
        Arbitraries.of(true, false)).as((disabled, up, down) -> CoveragePolicy.builder()
            .includeDisabled(disabled).subtechniquesCoverParent(up)
            .parentCoversSubtechniques(down).build());
  }

  @Property
  void compute_ruleCountScore_equalsNumberOfRuleIds(
      @ForAll("inventories") Inventory inventory, @ForAll("policies") CoveragePolicy policy) {
    Coverage coverage = Coverage.compute(inventory, policy);

    coverage.techniques().values().forEach(technique ->
        assertEquals(technique.ruleIds().size(), technique.score(), 0.0, technique::toString));
  }

  @Property
  void compute_everyListedTechnique_isCovered(
      @ForAll("inventories") Inventory inventory, @ForAll("policies") CoveragePolicy policy) {
    Coverage coverage = Coverage.compute(inventory, policy);

    coverage.techniques().keySet().forEach(id -> assertTrue(coverage.isCovered(id), id));
  }

  @Property
  void compute_coveredSubtechnique_coversParentUnderDefaultRollUp(
      @ForAll("inventories") Inventory inventory) {
    Coverage coverage = Coverage.compute(inventory, CoveragePolicy.defaults());

    for (String id : coverage.techniques().keySet()) {
      TechniqueId.tryParse(id).filter(TechniqueId::isSubTechnique).ifPresent(sub ->
          assertTrue(coverage.isCovered(sub.parent().toString()), id));
    }
  }

  @Property
  void compute_disabledRules_neverCoverByDefault(@ForAll("inventories") Inventory inventory) {
    Set<String> enabled = inventory.rules().stream().filter(DetectionRule::enabled)
        .map(DetectionRule::id).collect(Collectors.toSet());

    Coverage coverage = Coverage.compute(inventory, CoveragePolicy.defaults());

    coverage.techniques().values().forEach(technique ->
        assertTrue(enabled.containsAll(technique.ruleIds()), technique::toString));
  }

  @Property
  void percentCovered_anyIds_isBetweenZeroAndHundred(@ForAll("inventories") Inventory inventory,
      @ForAll("policies") CoveragePolicy policy) {
    Coverage coverage = Coverage.compute(inventory, policy);

    double percent = coverage.percentCovered(List.of("T1059", "T1003.001", "T1110", "T1566"));

    assertTrue(percent >= 0 && percent <= 100, () -> Double.toString(percent));
  }
}

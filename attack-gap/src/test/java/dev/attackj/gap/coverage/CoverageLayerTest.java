package dev.attackj.gap.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attackj.gap.inventory.DetectionRule;
import dev.attackj.gap.inventory.Inventory;
import dev.attackj.gap.inventory.InventoryReader;
import dev.attackj.navigator.Layer;
import dev.attackj.navigator.LayerWriter;
import dev.attackj.navigator.TechniqueEntry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoverageLayerTest {

  private static Coverage coverage() {
    Inventory inventory = Inventory.builder()
        .addRules(DetectionRule.builder().id("a").format("test").addTechniqueId("T1059.001").build())
        .addRules(DetectionRule.builder().id("b").format("test").addTechniqueId("T1059.001").build())
        .build();
    return Coverage.compute(inventory, CoveragePolicy.defaults());
  }

  @Test
  void of_coverage_writesLayerFields() {
    Layer layer = CoverageLayer.of(coverage(), "SOC", "enterprise-attack",
        Optional.of("18.1"), List.of("Windows"));

    assertEquals(Optional.of("18"), layer.versions().attack());
    assertEquals(List.of("Windows"), layer.filters().platforms());
    TechniqueEntry parent = layer.techniques().get(0);
    assertEquals("T1059", parent.techniqueId());
    assertEquals("2 rules, through roll-up", parent.comment());
    assertEquals(0, new BigDecimal(2).compareTo(parent.score().orElseThrow()));
    assertEquals(0, new BigDecimal(2).compareTo(layer.gradient().maxValue()));
  }

  @Test
  void gradientMaximum_outliers_takesNinetiethPercentile() {
    List<Double> scores = new java.util.ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      scores.add((double) i);
    }
    scores.add(500.0);

    BigDecimal maximum = CoverageLayer.gradientMaximum(scores);

    assertEquals(0, new BigDecimal(19).compareTo(maximum), maximum::toString);
    assertEquals(BigDecimal.ONE, CoverageLayer.gradientMaximum(List.of()));
  }

  @Test
  void of_coverage_readsBackAsSameCoverage() {
    Coverage coverage = coverage();
    String json = LayerWriter.toJson(CoverageLayer.of(coverage, "SOC", "enterprise-attack",
        Optional.empty(), List.of()));

    Inventory read = InventoryReader.create().read(json, "layer.json");
    Coverage again = Coverage.compute(read, CoveragePolicy.builder()
        .scoring(CoveragePolicy.Scoring.QUALITY).subtechniquesCoverParent(false).build());

    assertEquals(2.0, again.score("T1059.001"));
    assertEquals(2.0, again.score("T1059"));
  }
}

package dev.attackj.gap.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.gap.inventory.DetectionRule;
import dev.attackj.gap.inventory.Inventory;
import dev.attackj.gap.inventory.InventoryReader;
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
    ObjectNode layer = CoverageLayer.of(coverage(), "SOC", "enterprise-attack",
        Optional.of("18.1"), List.of("Windows"));

    assertEquals("18", layer.at("/versions/attack").asText());
    assertEquals("4.5", layer.at("/versions/layer").asText());
    assertEquals("Windows", layer.at("/filters/platforms/0").asText());
    assertEquals("T1059", layer.at("/techniques/0/techniqueID").asText());
    assertEquals("2 rules, through roll-up", layer.at("/techniques/0/comment").asText());
    assertEquals(2.0, layer.at("/gradient/maxValue").asDouble());
  }

  @Test
  void of_coverage_readsBackAsSameCoverage() {
    Coverage coverage = coverage();
    String json = CoverageLayer.of(coverage, "SOC", "enterprise-attack", Optional.empty(),
        List.of()).toString();

    Inventory read = InventoryReader.create().read(json, "layer.json");
    Coverage again = Coverage.compute(read, CoveragePolicy.builder()
        .scoring(CoveragePolicy.Scoring.QUALITY).subtechniquesCoverParent(false).build());

    assertEquals(2.0, again.score("T1059.001"));
    assertEquals(2.0, again.score("T1059"));
  }
}

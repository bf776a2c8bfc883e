package dev.attackj.gap.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.TestData;
import dev.attackj.gap.inventory.Inventory;
import dev.attackj.gap.inventory.InventoryReader;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Coverage of real rule sets against ATT&CK 18.1. */
class CoverageCorpusTest {

  private static KnowledgeBase knowledgeBase;

  @BeforeAll
  static void loadKnowledgeBase() throws IOException {
    knowledgeBase = KnowledgeBase.load(TestData.enterprise("18.1"));
  }

  @Test
  void compute_sigmaRules_coversTechniquesOfMostTactics() {
    Inventory inventory = InventoryReader.create().withKnowledgeBase(knowledgeBase)
        .read(TestData.file("detections/sigma/rules"));

    Coverage coverage = Coverage.compute(inventory, CoveragePolicy.defaults(), knowledgeBase);
    CoverageSummary summary = coverage.summarize(TechniqueScope.of(knowledgeBase));

    assertTrue(coverage.isCovered("T1059.001"));
    assertTrue(summary.overall().percent() > 20, summary.toString());
    assertEquals(knowledgeBase.tactics().size(), summary.tactics().size());
    assertTrue(summary.tactics().stream().filter(t -> t.covered() > 0).count() >= 10,
        summary.toString());
  }

  @Test
  void forPlatforms_windows_isSmallerThanMatrix() {
    TechniqueScope matrix = TechniqueScope.of(knowledgeBase);

    TechniqueScope windows = TechniqueScope.forPlatforms(knowledgeBase, List.of("windows"));

    assertTrue(windows.techniques().size() < matrix.techniques().size());
    assertTrue(windows.techniques().containsKey("T1059.001"));
    assertFalse(windows.techniques().containsKey("T1059.004"));
    assertTrue(matrix.withoutSubtechniques().techniques().size() < matrix.techniques().size());
  }

  @Test
  void of_revokedIdInList_resolvesToReplacement() {
    TechniqueScope scope = TechniqueScope.of(knowledgeBase, List.of("T1086", "T9999"), "profile");

    assertEquals(List.of("execution"), scope.techniques().get("T1059.001"));
    assertEquals(List.of(), scope.techniques().get("T9999"));
  }

  @Test
  void compute_parentCoversSubtechniques_usesKnowledgeBase() {
    Inventory inventory = InventoryReader.create().withKnowledgeBase(knowledgeBase)
        .read("id,technique\nR1,T1059\n", "rules.csv");
    CoveragePolicy policy = CoveragePolicy.builder().parentCoversSubtechniques(true).build();

    Coverage coverage = Coverage.compute(inventory, policy, knowledgeBase);

    assertTrue(coverage.get("T1059.004").orElseThrow().rolledUp());
  }

  @Test
  void report_json_hasDocumentedKeys() throws IOException {
    Inventory inventory = InventoryReader.create().withKnowledgeBase(knowledgeBase)
        .read("id,technique\nR1,T1086\nR2,T9999\nR3,T1059.001\n", "rules.csv");
    Coverage coverage = Coverage.compute(inventory, CoveragePolicy.defaults(), knowledgeBase);

    CoverageReport report = CoverageReport.of(inventory, CoveragePolicy.defaults(), coverage,
        Optional.of(TechniqueScope.of(knowledgeBase)));
    JsonNode json = new ObjectMapper().readTree(report.toJson());

    assertEquals(3, json.get("rules").asInt());
    assertEquals(2, json.get("covered").get("T1059.001").asInt());
    assertEquals(2, json.get("covered").get("T1059").asInt());
    assertEquals("T9999", json.get("unknown").get(0).get("id").asText());
    assertEquals("R2", json.get("unknown").get(0).get("rule").asText());
    assertEquals("rules.csv", json.get("unknown").get(0).get("file").asText());
    assertEquals("T1059.001", json.get("revoked").get(0).get("replacement").asText());
    assertEquals("R1", json.get("revoked").get(0).get("rule").asText());
    assertEquals("rules.csv", json.get("problems").get(0).get("file").asText());
    assertTrue(json.get("problems").get(0).get("message").asText().contains("T9999"));
    assertTrue(json.get("summary").get("overall").get("percent").asDouble() > 0);
  }
}

package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Problem;
import dev.attackj.core.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElasticTomlImporterTest implements RuleImporterContract {

  @Override
  public RuleImporter importer() {
    return new ElasticTomlImporter();
  }

  @Override
  public String sample() {
    return "elastic-rule.toml";
  }

  @Override
  public Set<String> mappedTechniques() {
    return Set.of("T1190");
  }

  @Test
  void read_sample_readsRuleFields() {
    ImportResult result = importer().read(Fixtures.read(sample()), sample());

    DetectionRule rule = result.rules().get(0);
    assertEquals("9a1b2c3d-0000-4000-8000-0000000000e1", rule.id());
    assertEquals("LLM Prompt Injection Through Web Application", rule.title());
    assertEquals(RuleStatus.STABLE, rule.status());
    assertEquals("medium", rule.severity());
    assertTrue(rule.buildingBlock());
    assertEquals(List.of("TA0001"), rule.tactics());
    assertEquals(List.of("Linux"), rule.platforms());
    assertEquals(List.of("logs-llm.*", "Nginx"), rule.dataSources());
  }

  @Test
  void read_malformedToml_reportsFileAndLine() {
    String content = "[metadata]\nmaturity = \"production\"\n[rule]\nrule_id = \"x\nname = 1\n";

    ImportResult result = importer().read(content, "rules/broken.toml");

    Problem problem = result.problems().get(0);
    assertEquals("rules/broken.toml", problem.file());
    assertTrue(problem.line().isPresent(), problem::toString);
    assertTrue(problem.message().startsWith("invalid TOML"), problem::toString);
  }

  @Test
  void read_detectionRulesRepository_readsEveryRuleFile() {
    Path rules = TestData.file("detections/elastic/rules");

    Inventory inventory = InventoryReader.create().read(rules);

    assertTrue(inventory.rules().size() > 2000, inventory::toString);
    assertEquals(List.of(), inventory.report().problems().stream()
        .filter(problem -> problem.severity() == Problem.Severity.ERROR).toList());
    assertTrue(inventory.rules().stream().anyMatch(rule -> rule.status() == RuleStatus.DEPRECATED));
    assertTrue(inventory.rules().stream().flatMap(rule -> rule.techniqueIds().stream())
        .noneMatch(id -> id.startsWith("AML")));
  }
}

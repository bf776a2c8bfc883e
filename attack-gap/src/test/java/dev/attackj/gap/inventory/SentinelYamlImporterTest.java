package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentinelYamlImporterTest implements RuleImporterContract {

  @Override
  public RuleImporter importer() {
    return new SentinelYamlImporter();
  }

  @Override
  public String sample() {
    return "sentinel-rule.yaml";
  }

  @Override
  public Set<String> mappedTechniques() {
    return Set.of("T1078.004", "T1137");
  }

  @Test
  void read_sample_readsTacticsAndConnectors() {
    ImportResult result = importer().read(Fixtures.read(sample()), sample());

    DetectionRule rule = result.rules().get(0);
    assertEquals(List.of("InitialAccess", "Persistence", "DefenseEvasion"), rule.tactics());
    assertEquals(List.of("SigninLogs", "OfficeActivity"), rule.dataSources());
    assertEquals(RuleStatus.STABLE, rule.status());
    assertEquals("Medium", rule.severity());
  }

  @Test
  void read_malformedYaml_reportsFileAndLine() {
    String content = "id: x\nname: y\nrelevantTechniques:\n  - T1078\n - T1137\n";

    ImportResult result = importer().read(content, "Detections/x.yaml");

    Problem problem = result.problems().get(0);
    assertEquals("Detections/x.yaml", problem.file());
    assertTrue(problem.line().isPresent(), problem::toString);
  }
}

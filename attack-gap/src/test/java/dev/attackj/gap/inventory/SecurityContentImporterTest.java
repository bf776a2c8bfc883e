package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityContentImporterTest implements RuleImporterContract {

  @Override
  public RuleImporter importer() {
    return new SecurityContentImporter();
  }

  @Override
  public String sample() {
    return "security-content-detection.yml";
  }

  @Override
  public Set<String> mappedTechniques() {
    return Set.of("T1003.001");
  }

  @Test
  void read_sample_readsStatusAndDataSources() {
    ImportResult result = importer().read(Fixtures.read(sample()), sample());

    DetectionRule rule = result.rules().get(0);
    assertEquals("b3b7ce35-fce5-4c73-85f4-700aeada81a9", rule.id());
    assertEquals(RuleStatus.STABLE, rule.status());
    assertEquals(List.of("Sysmon EventID 1"), rule.dataSources());
  }

  @Test
  void read_malformedYaml_reportsFileAndLine() {
    String content = "name: x\nsearch: '| tstats\ntags:\n  mitre_attack_id: [T1003\n";

    ImportResult result = importer().read(content, "detections/endpoint/x.yml");

    Problem problem = result.problems().get(0);
    assertEquals("detections/endpoint/x.yml", problem.file());
    assertTrue(problem.line().isPresent(), problem::toString);
  }
}

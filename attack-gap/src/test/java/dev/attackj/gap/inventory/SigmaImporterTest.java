package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SigmaImporterTest implements RuleImporterContract {

  @Override
  public RuleImporter importer() {
    return new SigmaImporter();
  }

  @Override
  public String sample() {
    return "sigma-multi.yml";
  }

  @Override
  public Set<String> mappedTechniques() {
    return Set.of("T1218.011", "T1086", "T1548.002");
  }

  @Test
  void read_globalDocument_givesFieldsToFollowingDocuments() {
    ImportResult result = importer().read(Fixtures.read(sample()), sample());

    List<DetectionRule> rules = result.rules();
    assertEquals(2, rules.size());
    DetectionRule first = rules.get(0);
    assertEquals("0f6a3c1e-1111-4aaa-8bbb-000000000001", first.id());
    assertEquals("Suspicious Rundll32 Activity", first.title());
    assertEquals(RuleStatus.TEST, first.status());
    assertEquals("high", first.severity());
    assertEquals(List.of("T1218.011"), first.techniqueIds());
    assertEquals(List.of("defense-evasion"), first.tactics());
    assertEquals(List.of("G0016"), first.context());
    assertEquals(Map.of("category", "process_creation", "product", "windows"), first.logSource());
    assertEquals(List.of("Windows"), first.platforms());
    assertEquals(Optional.of(13), first.line());
  }

  @Test
  void read_documentTags_replaceGlobalTags() {
    ImportResult result = importer().read(Fixtures.read(sample()), sample());

    DetectionRule second = result.rules().get(1);
    assertEquals(List.of("T1086", "T1548.002"), second.techniqueIds());
    assertEquals(List.of("privilege_escalation"), second.tactics());
    assertEquals(List.of("S0002"), second.context());
  }

  @Test
  void read_malformedYaml_reportsFileAndLine() {
    String content = "title: Broken\nid: 1\ntags:\n  - attack.t1059\n  bad: [\nlogsource: {}\n";

    ImportResult result = importer().read(content, "rules/broken.yml");

    assertEquals(1, result.problems().size());
    Problem problem = result.problems().get(0);
    assertEquals("rules/broken.yml", problem.file());
    assertEquals(Optional.of(5), problem.line());
    assertEquals(Optional.of(3), problem.column());
    assertTrue(problem.message().startsWith("invalid YAML"), problem::toString);
    assertFalse(problem.message().contains("\n"), problem::toString);
  }

  @Test
  void read_ruleWithoutId_usesFileName() {
    String content = "title: No id\nlogsource:\n  product: linux\ndetection:\n  condition: x\n";

    ImportResult result = importer().read(content, "rules/linux/no_id.yml");

    assertEquals("no_id", result.rules().get(0).id());
    assertEquals(Problem.Severity.WARNING, result.problems().get(0).severity());
  }

  @Test
  void read_unrecognisedAttackTag_warnsWithRule() {
    String content = "title: T\nid: x1\ntags:\n  - attack.something.odd\n  - cve.2021-1\n"
        + "logsource: {}\ndetection: {condition: a}\n";

    ImportResult result = importer().read(content, "odd.yml");

    assertEquals(1, result.problems().size());
    assertEquals(Optional.of("x1"), result.problems().get(0).objectId());
    assertEquals(List.of(), result.rules().get(0).techniqueIds());
  }
}

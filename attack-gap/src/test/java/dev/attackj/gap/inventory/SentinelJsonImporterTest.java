package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Problem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentinelJsonImporterTest implements RuleImporterContract {

  @Override
  public RuleImporter importer() {
    return new SentinelJsonImporter();
  }

  @Override
  public String sample() {
    return "sentinel-rules-arm.json";
  }

  @Override
  public Set<String> mappedTechniques() {
    return Set.of("T1098", "T1098.001", "T1485");
  }

  @Test
  void read_armTemplate_takesGuidFromNameExpression() {
    ImportResult result = importer().read(Fixtures.read(sample()), sample());

    DetectionRule first = result.rules().get(0);
    assertEquals("6f3a8e0e-8a61-4c2f-bb1e-5b4a9f7d2c10", first.id());
    assertEquals("New service principal credential added", first.title());
    assertEquals(List.of("Persistence", "PrivilegeEscalation"), first.tactics());
    assertTrue(first.enabled());
    assertFalse(result.rules().get(1).enabled());
  }

  @Test
  void read_restList_readsValueArray() {
    String content = "{\"value\": [{\"name\": \"abc\", \"properties\": {\"displayName\": \"A\","
        + " \"enabled\": \"false\", \"tactics\": [\"Execution\"], \"techniques\": [\"T1059\"]}}]}";

    ImportResult result = importer().read(content, "rules.json");

    assertEquals("abc", result.rules().get(0).id());
    assertFalse(result.rules().get(0).enabled());
  }

  @Test
  void read_ruleWithoutProperties_reportsPointer() {
    String content = "{\"resources\": [{\"name\": \"a\", \"properties\": {\"tactics\": []}},"
        + " {\"name\": \"b\"}]}";

    ImportResult result = importer().read(content, "template.json");

    Problem problem = result.problems().get(0);
    assertEquals("template.json", problem.file());
    assertEquals(Optional.of("/resources/1"), problem.pointer());
  }

  @Test
  void read_malformedJson_reportsFileAndLine() {
    String content = "{\n\"resources\": [\n{\"properties\": {\"tactics\": [\"a\",]}}]}";

    ImportResult result = importer().read(content, "template.json");

    assertEquals(Optional.of(3), result.problems().get(0).line());
  }
}

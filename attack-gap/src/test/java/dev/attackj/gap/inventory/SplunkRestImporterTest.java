package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Problem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplunkRestImporterTest implements RuleImporterContract {

  @Override
  public RuleImporter importer() {
    return new SplunkRestImporter();
  }

  @Override
  public String sample() {
    return "saved-searches-rest.json";
  }

  @Override
  public Set<String> mappedTechniques() {
    return Set.of("T1110", "T1110.001", "T1053.005");
  }

  @Test
  void read_sample_decodesMixedTypes() {
    ImportResult result = importer().read(Fixtures.read(sample()), sample());

    assertEquals(List.of(), result.problems());
    assertEquals(2, result.rules().size());
    DetectionRule first = result.rules().get(0);
    assertEquals("Brute Force Access Behavior Detected", first.title());
    assertTrue(first.enabled());
    assertEquals(List.of("T1110", "T1110.001"), first.techniqueIds());
    assertFalse(result.rules().get(1).enabled());
  }

  @Test
  void read_entryWithoutContent_reportsPointer() {
    String content = "{\"entry\": [{\"name\": \"x\"}]}";

    ImportResult result = importer().read(content, "searches.json");

    Problem problem = result.problems().get(0);
    assertEquals("searches.json", problem.file());
    assertEquals(Optional.of("/entry/0"), problem.pointer());
  }

  @Test
  void read_malformedJson_reportsFileAndLine() {
    String content = "{\"entry\": [\n  {\"name\": \"x\",\n   \"content\": {,}}]}";

    ImportResult result = importer().read(content, "searches.json");

    Problem problem = result.problems().get(0);
    assertEquals(Optional.of(3), problem.line());
    assertTrue(problem.message().startsWith("invalid JSON"), problem::toString);
  }
}

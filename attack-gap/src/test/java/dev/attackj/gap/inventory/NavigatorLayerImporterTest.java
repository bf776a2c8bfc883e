package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NavigatorLayerImporterTest implements RuleImporterContract {

  @Override
  public RuleImporter importer() {
    return new NavigatorLayerImporter();
  }

  @Override
  public String sample() {
    return "layer.json";
  }

  @Override
  public Set<String> mappedTechniques() {
    return Set.of("T1059.001", "T1003", "T1566", "T1021.001", "T1110");
  }

  @Test
  void read_layer_takesScoreOrColor() {
    ImportResult result = importer().read(Fixtures.read(sample()), sample());

    List<DetectionRule> rules = result.rules();
    assertEquals(Optional.of(3.0), rules.get(0).score());
    assertEquals(Optional.of(1.0), rules.get(1).score());
    assertEquals(Optional.of(0.0), rules.get(2).score());
    assertFalse(rules.get(3).enabled());
    assertEquals(Optional.of(0.0), rules.get(4).score());
    assertEquals("T1059.001/execution", rules.get(0).id());
    assertEquals(List.of("Windows", "Linux"), rules.get(0).platforms());
  }

  @Test
  void read_entryWithoutId_reportsPointer() {
    String content = "{\"name\": \"x\", \"domain\": \"enterprise-attack\", \"techniques\": ["
        + "{\"techniqueID\": \"T1059\"}, {\"score\": 1}]}";

    ImportResult result = importer().read(content, "layer.json");

    assertEquals(1, result.rules().size());
    List<String> pointers = result.problems().stream()
        .map(problem -> problem.pointer().orElse("")).toList();
    assertTrue(pointers.stream().anyMatch(pointer -> pointer.startsWith("/techniques/1")),
        pointers::toString);
    assertTrue(result.problems().stream().allMatch(problem -> problem.file().equals("layer.json")));
  }

  @Test
  void read_malformedJson_reportsFileAndLine() {
    String content = "{\"name\": \"x\",\n\"techniques\": [\n{\"techniqueID\": }]}";

    ImportResult result = importer().read(content, "layer.json");

    assertEquals(Optional.of(3), result.problems().get(0).line());
  }
}

package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Problem;
import dev.attackj.core.TestData;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DettectImporterTest implements RuleImporterContract {

  @Override
  public RuleImporter importer() {
    return new DettectImporter();
  }

  @Override
  public String sample() {
    return "dettect-techniques.yaml";
  }

  @Override
  public Set<String> mappedTechniques() {
    return Set.of("T1003.001", "T1086");
  }

  @Test
  void read_logbook_takesNewestScore() {
    ImportResult result = importer().read(Fixtures.read(sample()), sample());

    DetectionRule workstations = result.rules().get(0);
    assertEquals("T1003.001 [Windows workstations]", workstations.id());
    assertEquals(Optional.of(4.0), workstations.score());
    assertEquals(Optional.of(3.0), workstations.visibilityScore());
    assertEquals(List.of("EDR"), workstations.dataSources());
    assertEquals(Optional.of(-1.0), result.rules().get(1).score());
  }

  @Test
  void read_singleDetectionObject_isRead() {
    ImportResult result = importer().read(Fixtures.read(sample()), sample());

    assertEquals(3, result.rules().size());
    assertEquals(Optional.of(1.0), result.rules().get(2).score());
  }

  @Test
  void read_sampleFile_readsEveryTechnique() {
    Inventory inventory = InventoryReader.create()
        .read(TestData.file("detections/dettect/techniques-administration-endpoints.yaml"));

    assertEquals(Set.of(), Set.copyOf(inventory.report().problems()));
    assertTrue(inventory.rules().size() >= 342, inventory::toString);
    assertTrue(inventory.rules().stream().anyMatch(rule -> rule.score().orElse(0.0) >= 3));
  }

  @Test
  void read_dataSourceAdministration_isNotRecognised() {
    Inventory inventory = InventoryReader.create()
        .read(TestData.file("detections/dettect/data-sources-endpoints.yaml"));

    assertEquals(List.of(), inventory.rules());
    assertEquals(Problem.Severity.ERROR, inventory.report().problems().get(0).severity());
  }

  @Test
  void read_malformedYaml_reportsFileAndLine() {
    String content = "file_type: technique-administration\ntechniques:\n- technique_id: [T1003\n";

    ImportResult result = importer().read(content, "techniques.yaml");

    Problem problem = result.problems().get(0);
    assertEquals("techniques.yaml", problem.file());
    assertTrue(problem.line().isPresent(), problem::toString);
  }
}

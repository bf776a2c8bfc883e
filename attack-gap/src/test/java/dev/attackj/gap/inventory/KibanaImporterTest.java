package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Problem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KibanaImporterTest implements RuleImporterContract {

  @Override
  public RuleImporter importer() {
    return new KibanaImporter();
  }

  @Override
  public String sample() {
    return "kibana-export.ndjson";
  }

  @Override
  public Set<String> mappedTechniques() {
    return Set.of("T1059", "T1059.001", "T1053", "T1053.005");
  }

  @Test
  void read_export_skipsSummaryLineAndReadsState() {
    ImportResult result = importer().read(Fixtures.read(sample()), sample());

    assertEquals(2, result.rules().size());
    assertEquals(List.of(), result.problems());
    DetectionRule second = result.rules().get(1);
    assertFalse(second.enabled());
    assertTrue(second.buildingBlock());
    assertEquals(RuleStatus.DEPRECATED, second.status());
    assertEquals(Optional.of(2), second.line());
    assertEquals(List.of("TA0002"), result.rules().get(0).tactics());
  }

  @Test
  void read_jsonArray_readsEveryRule() {
    String content = "[{\"rule_id\":\"a\",\"name\":\"A\",\"risk_score\":1,\"threat\":[]},"
        + "\n {\"rule_id\":\"b\",\"name\":\"B\",\"risk_score\":1,\"threat\":[{\"framework\":"
        + "\"MITRE ATT&CK\",\"technique\":[{\"id\":\"T1110\"}]}]}]";

    ImportResult result = importer().read(content, "rules.json");

    assertEquals(2, result.rules().size());
    assertEquals(List.of("T1110"), result.rules().get(1).techniqueIds());
  }

  @Test
  void read_malformedLine_keepsOtherLines() {
    String content = Fixtures.read(sample()).replaceFirst("\n\\{\"id\"", "\n{\"id\" broken");

    ImportResult result = importer().read(content, "export.ndjson");

    assertEquals(1, result.rules().size());
    Problem problem = result.problems().get(0);
    assertEquals("export.ndjson", problem.file());
    assertEquals(Optional.of(2), problem.line());
  }
}

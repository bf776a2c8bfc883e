package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Problem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplunkConfImporterTest implements RuleImporterContract {

  @Override
  public RuleImporter importer() {
    return new SplunkConfImporter();
  }

  @Override
  public String sample() {
    return "savedsearches.conf";
  }

  @Override
  public Set<String> mappedTechniques() {
    return Set.of("T1059.001", "T1086", "T1003.001");
  }

  @Test
  void read_sample_readsCorrelationSearchesOnly() {
    ImportResult result = importer().read(Fixtures.read(sample()), sample());

    assertEquals(List.of(), result.problems());
    assertEquals(2, result.rules().size());
    DetectionRule first = result.rules().get(0);
    assertEquals("ESCU - Suspicious PowerShell - Rule", first.id());
    assertEquals("high", first.severity());
    assertTrue(first.enabled());
    assertEquals(Optional.of(5), first.line());
    assertFalse(result.rules().get(1).enabled());
  }

  @Test
  void read_invalidAnnotations_reportsStanzaLine() {
    String content = "[Broken]\naction.correlationsearch.enabled = 1\n"
        + "action.correlationsearch.annotations = {\"mitre_attack\": [\"T1059\"\n";

    ImportResult result = importer().read(content, "local/savedsearches.conf");

    Problem problem = result.problems().get(0);
    assertEquals("local/savedsearches.conf", problem.file());
    assertEquals(Optional.of(1), problem.line());
    assertEquals(Optional.of("Broken"), problem.objectId());
    assertEquals(List.of(), result.rules().get(0).techniqueIds());
  }

  @Test
  void read_malformedLine_reportsFileAndLine() {
    String content = "[Rule]\naction.correlationsearch.enabled = 1\nthis line has no equals\n";

    ImportResult result = importer().read(content, "savedsearches.conf");

    Problem problem = result.problems().get(0);
    assertEquals(Optional.of(3), problem.line());
    assertTrue(problem.message().contains("this line has no equals"), problem::toString);
  }

  @Test
  void detect_stanzaOnFirstLine_isSplunkConf() {
    String content = "[Test - PowerShell Download]\nsearch = index=main powershell\n"
        + "action.correlationsearch.annotations = {\"mitre_attack\": [\"T1059.001\"]}\n";

    int score = importer().detect("savedsearches.conf", content);

    assertTrue(score > 0, "score " + score);
    assertFalse(Parsing.looksLikeJson(content));
    assertTrue(Parsing.looksLikeJson("[{\"id\": 1}]"));
    assertTrue(Parsing.looksLikeJson("  [\n  1, 2]"));
  }
}

package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Problem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvImporterTest implements RuleImporterContract {

  @Override
  public RuleImporter importer() {
    return new CsvImporter();
  }

  @Override
  public String sample() {
    return "rules.csv";
  }

  @Override
  public Set<String> mappedTechniques() {
    return Set.of("T1059.001", "T1003.001", "T1003", "T1086", "T1218.011");
  }

  @Test
  void read_rowsWithSameId_merge() {
    ImportResult result = importer().read(Fixtures.read(sample()), sample());

    assertEquals(3, result.rules().size());
    DetectionRule lsass = result.rules().get(1);
    assertEquals("R-002", lsass.id());
    assertEquals(List.of("T1003.001", "T1003", "T1086"), lsass.techniqueIds());
    assertEquals(List.of("credential-access", "execution"), lsass.tactics());
    assertEquals(RuleStatus.TEST, lsass.status());
    assertEquals(Optional.of(3), lsass.line());
  }

  @Test
  void read_disabledDeprecatedRow_keepsState() {
    ImportResult result = importer().read(Fixtures.read(sample()), sample());

    DetectionRule old = result.rules().get(2);
    assertFalse(old.enabled());
    assertEquals(RuleStatus.DEPRECATED, old.status());
  }

  @Test
  void read_semicolonSeparated_detectsSeparator() {
    String content = "id;technique_id\nA;T1059\nB;T1110,T1110.003\n";

    ImportResult result = importer().read(content, "rules.csv");

    assertEquals(List.of("T1110", "T1110.003"), result.rules().get(1).techniqueIds());
  }

  @Test
  void read_cellWithoutId_warnsWithLine() {
    String content = "id,technique\nA,PowerShell\n";

    ImportResult result = importer().read(content, "rules.csv");

    Problem problem = result.problems().get(0);
    assertEquals(Optional.of(2), problem.line());
    assertEquals(Problem.Severity.WARNING, problem.severity());
  }

  @Test
  void read_unclosedQuote_reportsFileAndLine() {
    String content = "id,technique\nA,T1059\nB,\"T1110\nC,T1003\n";

    ImportResult result = importer().read(content, "rules.csv");

    Problem problem = result.problems().get(0);
    assertEquals("rules.csv", problem.file());
    assertTrue(problem.line().isPresent(), problem::toString);
    assertTrue(problem.message().startsWith("invalid CSV"), problem::toString);
  }

  @Test
  void read_noTechniqueColumn_reportsHeader() {
    ImportResult result = importer().read("id,title\nA,B\n", "rules.csv");

    assertEquals(Optional.of(1), result.problems().get(0).line());
    assertEquals(List.of(), result.rules());
  }
}

package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Problem;
import dev.attackj.core.TestData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TechniqueNormalizerTest {

  private static TechniqueNormalizer normalizer;

  @BeforeAll
  static void loadKnowledgeBase() throws IOException {
    normalizer = new TechniqueNormalizer(KnowledgeBase.load(TestData.enterprise("18.1")));
  }

  private static DetectionRule rule(List<String> techniques, List<String> tactics) {
    return DetectionRule.builder().id("r1").format("test").file("rules/r1.yml").line(4)
        .techniqueIds(techniques).tactics(tactics).build();
  }

  @Test
  void normalize_revokedId_isReplacedAndDeduplicated() {
    List<TechniqueIdFinding> findings = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();

    DetectionRule rule = normalizer.normalize(rule(List.of("T1086", "T1059.001"), List.of()),
        findings, problems);

    assertEquals(List.of("T1059.001"), rule.resolvedTechniqueIds());
    assertEquals(List.of("T1086", "T1059.001"), rule.techniqueIds());
    assertEquals(TechniqueIdFinding.Kind.REVOKED, findings.get(0).kind());
    assertEquals(Optional.of("T1059.001"), findings.get(0).replacement());
    assertEquals(List.of(), problems);
  }

  @Test
  void normalize_unknownIds_areKeptAndReported() {
    List<TechniqueIdFinding> findings = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();

    DetectionRule rule = normalizer.normalize(rule(List.of("T9999", "T10590"), List.of()),
        findings, problems);

    assertEquals(List.of("T9999", "T10590"), rule.resolvedTechniqueIds());
    assertEquals(2, findings.size());
    assertTrue(findings.stream().allMatch(f -> f.kind() == TechniqueIdFinding.Kind.UNKNOWN));
    assertEquals("rules/r1.yml", findings.get(0).file());
    assertEquals("r1", findings.get(0).rule());
    assertEquals(Optional.of(4), problems.get(0).line());
    assertTrue(problems.get(0).message().contains("enterprise-attack"), problems.get(0)::toString);
  }

  @Test
  void normalize_deprecatedId_isKeptAndFlagged() {
    List<TechniqueIdFinding> findings = new ArrayList<>();

    DetectionRule rule = normalizer.normalize(rule(List.of("T1053.004"), List.of()), findings,
        new ArrayList<>());

    assertEquals(List.of("T1053.004"), rule.resolvedTechniqueIds());
    assertEquals(TechniqueIdFinding.Kind.DEPRECATED, findings.get(0).kind());
  }

  @Test
  void normalize_tacticSpellings_becomeShortNames() {
    List<String> spellings = List.of("InitialAccess", "TA0001", "initial_access",
        "Initial Access", "initial-access", "INITIAL-ACCESS");
    List<Problem> problems = new ArrayList<>();

    DetectionRule rule = normalizer.normalize(rule(List.of(), spellings), new ArrayList<>(),
        problems);

    assertEquals(List.of("initial-access"), rule.resolvedTactics());
    assertEquals(List.of(), problems);
  }

  @Test
  void normalize_unknownTactic_isReported() {
    List<Problem> problems = new ArrayList<>();

    DetectionRule rule = normalizer.normalize(rule(List.of(), List.of("PreAttack")),
        new ArrayList<>(), problems);

    assertEquals(List.of("preattack"), rule.resolvedTactics());
    assertEquals(Problem.Severity.WARNING, problems.get(0).severity());
  }
}

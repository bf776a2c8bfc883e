package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Problem;
import dev.attackj.core.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the SigmaHQ rule set against ATT&CK 18.1. */
class SigmaCorpusTest {

  private static KnowledgeBase knowledgeBase;

  @BeforeAll
  static void loadKnowledgeBase() throws IOException {
    knowledgeBase = KnowledgeBase.load(TestData.enterprise("18.1"));
  }

  @Test
  void read_rulesFolder_importsOrReportsEveryFile() throws IOException {
    Path folder = TestData.file("detections/sigma/rules");

    Inventory inventory = InventoryReader.create().withKnowledgeBase(knowledgeBase).read(folder);

    Set<String> accounted = new HashSet<>();
    inventory.rules().forEach(rule -> accounted.add(rule.file()));
    inventory.report().problems().stream()
        .filter(problem -> problem.severity() != Problem.Severity.WARNING)
        .forEach(problem -> accounted.add(problem.file()));
    List<String> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).map(Path::toString).toList();
    }
    List<String> missing = files.stream().filter(file -> !accounted.contains(file)).toList();
    assertEquals(List.of(), missing);
  }

  @Test
  void read_rulesFolder_hasNoUnknownTechnique() {
    Path folder = TestData.file("detections/sigma/rules");

    Inventory inventory = InventoryReader.create().withKnowledgeBase(knowledgeBase).read(folder);

    assertEquals(List.of(), inventory.report().unknown());
    assertTrue(inventory.rules().size() > 3000, () -> inventory.toString());
  }

  @Test
  void read_deprecatedFolder_resolvesRevokedIds() {
    Path folder = TestData.file("detections/sigma/deprecated");

    Inventory inventory = InventoryReader.create().withKnowledgeBase(knowledgeBase).read(folder);

    Set<String> revoked = inventory.report().revoked().stream()
        .map(finding -> finding.id() + "->" + finding.replacement().orElse(""))
        .collect(Collectors.toSet());
    assertTrue(revoked.contains("T1086->T1059.001"), () -> revoked.toString());
  }
}

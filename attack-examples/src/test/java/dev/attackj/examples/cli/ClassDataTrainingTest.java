package dev.attackj.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.DetectionStrategy;
import dev.attackj.core.Group;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.StixBundle;
import dev.attackj.core.StixReader;
import dev.attackj.core.Technique;
import dev.attackj.core.TechniqueUse;
import dev.attackj.core.Via;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training run of the class-data archive and its bundle, which the build uses: a bundle
 * that reads without problems and commands that all succeed keep the archive meaningful.
 */
class ClassDataTrainingTest {

  /** The training bundle, relative to the module folder in which tests run. */
  private static final Path BUNDLE = Path.of("src/main/cds/training-bundle.json");

  @Test
  void bundle_readsWithoutProblems() throws Exception {
    StixBundle bundle = StixReader.lenient().read(BUNDLE);

    assertEquals(java.util.List.of(), bundle.report().problems());
    assertEquals("2.0", bundle.specVersion().orElseThrow());
    assertEquals(1, bundle.collections().size());
  }

  @Test
  void bundle_coversTheCommonObjects() throws Exception {
    KnowledgeBase kb = KnowledgeBase.of(StixReader.strict().read(BUNDLE));

    Technique powerShell = kb.technique("T1059.001").orElseThrow();
    Group group = kb.group("Cozy Bear").orElseThrow();
    DetectionStrategy strategy = kb.detectionStrategy("DET0001").orElseThrow();
    Set<Via> routes = kb.techniqueUses(group, Via.values()).stream()
        .map(TechniqueUse::via)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Via.class)));

    assertEquals(Set.of("18.1"), kb.release().stream().collect(Collectors.toSet()));
    assertTrue(powerShell.isSubTechnique());
    assertEquals(3, kb.tactics().size());
    assertEquals(EnumSet.allOf(Via.class), routes);
    assertEquals(1, kb.campaignsAttributedTo(group).size());
    assertEquals(1, kb.analyticsOf(strategy).size());
    assertEquals(1, kb.dataComponentsDetecting(powerShell).size());
    assertEquals(1, kb.mitigationsOf(kb.technique("T1059").orElseThrow()).size());
  }

  @Test
  void run_trainingBundle_succeeds(@TempDir Path work) throws Exception {
    StringWriter err = new StringWriter();

    int status = ClassDataTraining.run(BUNDLE, work, new PrintWriter(err));

    assertEquals(0, status, err.toString());
    assertEquals("", err.toString());
    assertTrue(Files.size(work.resolve("training-bundle.json.gz")) > 0);
    assertTrue(Files.size(work.resolve("G0016.json")) > 0);
  }

  @Test
  void run_missingGroup_namesFailingCommand(@TempDir Path work) throws Exception {
    Path empty = Files.writeString(work.resolve("empty.json"),
        "{\"type\": \"bundle\", \"id\": \"bundle--0a9f1c1e-3d4b-4c55-9e2a-6f7b8c9d0e1f\","
            + " \"spec_version\": \"2.0\", \"objects\": []}");
    StringWriter err = new StringWriter();

    int status = ClassDataTraining.run(empty, work.resolve("out"), new PrintWriter(err));

    assertEquals(ClassDataTraining.FAILED, status);
    assertTrue(err.toString().contains("class-data training: 'attack techniques --group G0016"),
        err.toString());
  }
}

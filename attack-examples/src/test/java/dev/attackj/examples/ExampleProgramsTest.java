package dev.attackj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.TestData;
import dev.attackj.gap.plan.RemediationPlan;
import dev.attackj.gap.strategy.Ranking;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example programs, each run once on enterprise 18.1. */
class ExampleProgramsTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void loadAndQuery_printsQueries() throws Exception {
    LoadAndQuery.run(TestData.enterprise("18.1"), out);

    assertTrue(output().contains("T1086 now is T1059.001"), output());
  }

  @Test
  void groupLayer_writesLayerAndPicture(@TempDir Path folder) throws Exception {
    GroupLayer.run(TestData.enterprise("18.1"), "FIN7", folder, out);

    try (var files = Files.list(folder)) {
      assertEquals(2, files.count());
    }
    assertTrue(output().startsWith("G0046 FIN7: "), output());
  }

  @Test
  void sigmaCoverage_writesLayer(@TempDir Path folder) throws Exception {
    SigmaCoverage.run(TestData.enterprise("18.1"), TestData.file("detections/sigma/rules"),
        folder, out);

    assertTrue(Files.isRegularFile(folder.resolve("sigma-coverage.json")));
    assertTrue(output().contains("overall "), output());
  }

  @Test
  void customStrategy_ranksWindowsFirst() throws Exception {
    Ranking ranking = CustomStrategy.run(TestData.enterprise("18.1"), out);

    assertEquals("windows-first", ranking.strategy());
    assertTrue(ranking.ranking().get(0).score() >= 1, ranking.toString());
  }

  @Test
  void planToTarget_reachesTarget(@TempDir Path folder) throws Exception {
    RemediationPlan plan = PlanToTarget.run(TestData.enterprise("18.1"),
        TestData.file("detections/sigma/rules"), 85, folder, out);

    assertTrue(plan.plannedCoverage() >= 85, plan.toString());
    assertTrue(Files.readString(folder.resolve("plan.md")).startsWith("# Remediation plan"));
  }
}

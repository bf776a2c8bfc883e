package dev.attackj.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attackj.core.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text and --json output of {@code attack coverage}, and its layer file. */
class CoverageCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static String bundle;

  @BeforeAll
  static void data() {
    bundle = TestData.enterprise("18.1").toString();
  }

  private static Path rules(Path folder) throws Exception {
    Path csv = folder.resolve("rules.csv");
    Files.writeString(csv, "id,title,technique\nR1,Old PowerShell,T1086\nR2,Future,T9999.001\n"
        + "R3,Encoded PowerShell,T1059.001\n");
    return csv;
  }

  @Test
  void coverage_json_hasDocumentedKeys(@TempDir Path folder) throws Exception {
    Path csv = rules(folder);

    CliRun run = CliRun.of("coverage", "--rules", csv.toString(), "--bundle", bundle, "--json");

    assertEquals(0, run.status(), run.err());
    JsonNode report = JSON.readTree(run.out());
    assertEquals(3, report.get("rules").asInt());
    assertEquals(2, report.get("covered").get("T1059.001").asInt());
    assertEquals("T9999.001", report.get("unknown").get(0).get("id").asText());
    assertEquals("R2", report.get("unknown").get(0).get("rule").asText());
    assertEquals(csv.toString(), report.get("unknown").get(0).get("file").asText());
    assertEquals("T1086", report.get("revoked").get(0).get("id").asText());
    assertEquals("T1059.001", report.get("revoked").get(0).get("replacement").asText());
    assertEquals("R1", report.get("revoked").get(0).get("rule").asText());
    assertEquals(csv.toString(), report.get("problems").get(0).get("file").asText());
    assertTrue(report.get("problems").get(0).has("message"));
  }

  @Test
  void coverage_text_printsTotalsTacticsAndProblems(@TempDir Path folder) throws Exception {
    Path csv = rules(folder);
    Path layer = folder.resolve("layer.json");

    CliRun run = CliRun.of("coverage", "--rules", csv.toString(), "--platform", "Windows",
        "-o", layer.toString(), "--bundle", bundle);

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("3 rules from 1 file (csv: 1 file)"), run.out());
    assertTrue(run.out().contains("ATT&CK 18.1 enterprise-attack, Windows"), run.out());
    assertTrue(run.out().contains("execution"), run.out());
    assertTrue(run.out().contains("unknown technique ID T9999.001"), run.out());
    JsonNode written = JSON.readTree(layer.toFile());
    assertEquals("enterprise-attack", written.get("domain").asText());
    assertEquals("Windows", written.at("/filters/platforms/0").asText());
  }

  @Test
  void coverage_sigmaFolder_importsEveryRule() throws Exception {
    String sigma = TestData.file("detections/sigma/rules").toString();

    CliRun run = CliRun.of("coverage", "--rules", sigma, "--format", "sigma", "--bundle", bundle,
        "--json");

    assertEquals(0, run.status(), run.err());
    JsonNode report = JSON.readTree(run.out());
    assertTrue(report.get("rules").asInt() > 3000);
    assertEquals(0, report.get("unknown").size());
  }

  @Test
  void coverage_unknownFormat_isUsageError(@TempDir Path folder) throws Exception {
    Path csv = rules(folder);

    CliRun run = CliRun.of("coverage", "--rules", csv.toString(), "--format", "qradar",
        "--bundle", bundle);

    assertEquals(2, run.status());
    assertTrue(run.err().contains("unknown rule format \"qradar\""), run.err());
  }

  @Test
  void coverage_missingRules_failsWithFileNotFound(@TempDir Path folder) {
    Path missing = folder.resolve("no-rules");

    CliRun run = CliRun.of("coverage", "--rules", missing.toString(), "--bundle", bundle);

    assertEquals(1, run.status(), run.out());
    assertTrue(run.err().startsWith("attack: file not found: " + missing
        + ": rules path not found"), run.err());
  }

  @Test
  void coverage_scoringInLowerCase_isAccepted(@TempDir Path folder) throws Exception {
    Path csv = rules(folder);

    CliRun run = CliRun.of("coverage", "--rules", csv.toString(), "--scoring", "quality",
        "--bundle", bundle, "--json");

    assertEquals(0, run.status(), run.err());
  }

  @Test
  void coverage_emptyFolder_printsNoFormatList(@TempDir Path folder) throws Exception {
    Path empty = Files.createDirectory(folder.resolve("empty"));

    CliRun run = CliRun.of("coverage", "--rules", empty.toString(), "--bundle", bundle);

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("0 rules from 0 files\n"), run.out());
  }
}

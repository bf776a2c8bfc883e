package dev.attackj.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attackj.core.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output of {@code attack strategies}, {@code rank}, {@code gaps} and {@code plan}. */
class PrioritizationCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static String bundle;
  private static String ctid;

  @BeforeAll
  static void data() {
    bundle = TestData.enterprise("18.1").toString();
    ctid = TestData.file("threat-intel/ctid/Techniques.json").toString();
  }

  private static Path rules(Path folder) throws Exception {
    return Files.writeString(folder.resolve("rules.csv"),
        "id,title,technique\nR1,PowerShell,T1059.001\nR2,Scheduled task,T1053.005\n"
            + "R3,Phishing,T1566.001\n");
  }

  @Test
  void strategies_json_listsParameters() throws Exception {
    CliRun run = CliRun.of("strategies", "--json");

    assertEquals(0, run.status(), run.err());
    JsonNode strategies = JSON.readTree(run.out());
    JsonNode ctidStrategy = null;
    for (JsonNode strategy : strategies) {
      if (strategy.get("name").asText().equals("ctid")) {
        ctidStrategy = strategy;
      }
    }
    assertTrue(ctidStrategy != null, run.out());
    assertEquals("data", ctidStrategy.at("/parameters/0/name").asText());
    assertEquals("process", ctidStrategy.at("/parameters/1/name").asText());
    assertEquals("high", ctidStrategy.at("/parameters/1/defaultValue").asText());
  }

  @Test
  void strategies_text_namesEachStrategy() {
    CliRun run = CliRun.of("strategies");

    assertEquals(0, run.status(), run.err());
    for (String name : new String[] {"tactic-order", "prevalence", "ctid", "actionability",
        "data-availability", "default"}) {
      assertTrue(run.out().contains(name + ": "), run.out());
    }
  }

  @Test
  void rank_ctid_json_startsWithPublishedTop() throws Exception {
    CliRun run = CliRun.of("rank", "--strategy", "ctid", "--param", "data=" + ctid,
        "--bundle", bundle, "--json");

    assertEquals(0, run.status(), run.err());
    JsonNode ranking = JSON.readTree(run.out()).get("ranking");
    assertEquals("T1059", ranking.get(0).get("technique").asText());
    assertEquals(2.914286, ranking.get(0).get("score").asDouble(), 1e-6);
    assertEquals("T1047", ranking.get(1).get("technique").asText());
    assertTrue(ranking.get(0).get("explanation").asText().contains("choke point"));
  }

  @Test
  void rank_ctidWithoutData_usesBundledCopy() throws Exception {
    CliRun run = CliRun.of("rank", "--strategy", "ctid", "--param", "network=none",
        "--bundle", bundle, "--json");

    assertEquals(0, run.status(), run.err());
    JsonNode document = JSON.readTree(run.out());
    assertEquals("none", document.at("/parameters/network").asText());
    assertEquals("T1059", document.at("/ranking/0/technique").asText());
  }

  @Test
  void rank_unknownParameter_failsNamingKnownOnes() {
    CliRun run = CliRun.of("rank", "--strategy", "ctid", "--param", "proces=low",
        "--bundle", bundle);

    assertEquals(2, run.status());
    assertTrue(run.err().contains("unknown parameter \"proces\""), run.err());
    assertTrue(run.err().contains("process"), run.err());
  }

  @Test
  void plan_badOptions_usageErrorsBeforeLoading() {
    String[][] cases = {
        {"--strategy", "bogus"},
        {"--target", "150"},
        {"-o", "plan.txt"},
    };

    for (String[] options : cases) {
      String[] args = new String[options.length + 7];
      System.arraycopy(new String[] {"plan", "--actors", "FIN7", "--rules", "none",
          "--bundle", "missing.json"}, 0, args, 0, 7);
      System.arraycopy(options, 0, args, 7, options.length);
      CliRun run = CliRun.of(args);

      assertEquals(2, run.status(), String.join(" ", options) + ": " + run.err());
      assertTrue(run.err().startsWith("attack: "), run.err());
    }
  }

  @Test
  void gaps_json_hasAnalysisAndRanking(@TempDir Path folder) throws Exception {
    Path csv = rules(folder);

    CliRun run = CliRun.of("gaps", "--actors", "FIN7,FIN8", "--rules", csv.toString(),
        "--bundle", bundle, "--json");

    assertEquals(0, run.status(), run.err());
    JsonNode document = JSON.readTree(run.out());
    assertEquals("FIN7, FIN8", document.get("profile").asText());
    assertTrue(document.at("/overall/covered").asInt() >= 1, run.out());
    assertTrue(document.get("byActor").has("G0046"));
    JsonNode first = document.get("ranking").get(0);
    assertTrue(first.has("technique"));
    assertTrue(first.has("score"));
    assertTrue(first.has("explanation"));
    assertEquals("default", document.get("strategy").asText());
  }

  @Test
  void gaps_unknownActor_suggestsNames(@TempDir Path folder) throws Exception {
    Path csv = rules(folder);

    CliRun run = CliRun.of("gaps", "--actors", "FIN77", "--rules", csv.toString(),
        "--bundle", bundle);

    assertEquals(1, run.status());
    assertTrue(run.err().contains("did you mean FIN7"), run.err());
  }

  @Test
  void plan_target_writesPlanAndLayers(@TempDir Path folder) throws Exception {
    Path csv = rules(folder);
    Path plan = folder.resolve("plan.yaml");
    Path layers = folder.resolve("layers");

    CliRun run = CliRun.of("plan", "--actors", "FIN7", "--rules", csv.toString(),
        "--target", "30", "--date", "2026-12-04", "-o", plan.toString(),
        "--layers", layers.toString(), "--bundle", bundle);

    assertEquals(0, run.status(), run.err());
    String yaml = Files.readString(plan);
    assertTrue(yaml.startsWith("assessmentDate: 2026-12-04\n"), yaml);
    assertTrue(yaml.contains("attackRelease: \"18.1\""), yaml);
    assertTrue(yaml.contains("targetCoverage: 30.0"), yaml);
    assertTrue(Files.exists(layers.resolve("profile.json")));
    assertTrue(Files.exists(layers.resolve("coverage.json")));
    assertTrue(Files.exists(layers.resolve("gaps.json")));
    assertTrue(run.out().contains("30 days: "), run.out());
  }

  @Test
  void plan_markdownFile_isMarkdown(@TempDir Path folder) throws Exception {
    Path csv = rules(folder);
    Path plan = folder.resolve("plan.md");

    CliRun run = CliRun.of("plan", "--actors", "FIN7", "--rules", csv.toString(),
        "-o", plan.toString(), "--bundle", bundle);

    assertEquals(0, run.status(), run.err());
    assertTrue(Files.readString(plan).startsWith("# Remediation plan: FIN7\n"));
  }

  @Test
  void rank_jsonTop_limitsRanking() throws Exception {
    CliRun run = CliRun.of("rank", "--top", "3", "--bundle", bundle, "--json");

    assertEquals(0, run.status(), run.err());
    assertEquals(3, JSON.readTree(run.out()).get("ranking").size());
  }

  @Test
  void gaps_jsonTop_limitsRanking(@TempDir Path folder) throws Exception {
    Path csv = rules(folder);

    CliRun run = CliRun.of("gaps", "--actors", "FIN7", "--rules", csv.toString(), "--top", "2",
        "--bundle", bundle, "--json");

    assertEquals(0, run.status(), run.err());
    assertEquals(2, JSON.readTree(run.out()).get("ranking").size());
  }

  @Test
  void gaps_missingRules_failsWithFileNotFound(@TempDir Path folder) {
    Path missing = folder.resolve("no-rules");

    CliRun run = CliRun.of("gaps", "--actors", "FIN7", "--rules", missing.toString(),
        "--bundle", bundle);

    assertEquals(1, run.status(), run.out());
    assertTrue(run.err().startsWith("attack: file not found: " + missing
        + ": rules path not found"), run.err());
  }

  @Test
  void plan_missingRules_failsWithFileNotFound(@TempDir Path folder) {
    Path missing = folder.resolve("no-rules");

    CliRun run = CliRun.of("plan", "--actors", "FIN7", "--rules", missing.toString(),
        "--bundle", bundle);

    assertEquals(1, run.status(), run.out());
    assertTrue(run.err().startsWith("attack: file not found: " + missing), run.err());
  }

  @Test
  void plan_targetMet_saysSoAndWritesPlan(@TempDir Path folder) throws Exception {
    Path csv = rules(folder);
    Path plan = folder.resolve("plan.md");

    CliRun run = CliRun.of("plan", "--actors", "FIN7", "--rules", csv.toString(),
        "--target", "0", "-o", plan.toString(), "--bundle", bundle);

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("the target is already met (current "), run.out());
    assertTrue(run.out().contains(">= target 0.0%); give a higher --target"), run.out());
    assertFalse(run.out().contains("30 days: "), run.out());
    assertTrue(Files.exists(plan));
  }

  @Test
  void plan_invalidDate_namesValueAndForm(@TempDir Path folder) throws Exception {
    Path csv = rules(folder);

    CliRun run = CliRun.of("plan", "--actors", "FIN7", "--rules", csv.toString(),
        "--date", "2026-13-01", "--bundle", bundle);

    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("attack: ") && run.err().contains(
        "invalid date 2026-13-01: expected YYYY-MM-DD"), run.err());
    assertFalse(run.err().contains("DateTimeParseException"), run.err());
  }
}

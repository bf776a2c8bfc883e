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

/** {@code attack diff} on Enterprise 15.1 and 18.1. */
class DiffCommandTest {

  private static String older;
  private static String newer;

  @BeforeAll
  static void data() {
    older = TestData.enterprise("15.1").toString();
    newer = TestData.enterprise("18.1").toString();
  }

  @Test
  void diff_exclusiveFormats_oneUsageLine() {
    CliRun run = CliRun.of("diff", "--old", older, "--new", newer, "--json", "--markdown");

    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("attack: --json, --markdown are mutually exclusive"),
        run.err());
  }

  @Test
  void diff_json() throws Exception {
    CliRun run = CliRun.of("diff", "--old", older, "--new", newer, "--json");

    assertEquals(0, run.status(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("15.1", json.get("oldRelease").asText());
    assertEquals("18.1", json.get("newRelease").asText());
    assertEquals(55, json.get("summary").get("attack-pattern").get("addition").asInt());
    assertTrue(json.get("changes").size() > 0);
  }

  @Test
  void diff_markdownToFile(@TempDir Path folder) throws Exception {
    Path report = folder.resolve("changes.md");

    CliRun run = CliRun.of("diff", "--old", older, "--new", newer, "--markdown", "-o",
        report.toString());

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.out());
    assertTrue(Files.readString(report).startsWith("# ATT&CK changes from 15.1 to 18.1"));
  }

  @Test
  void diff_layer() throws Exception {
    CliRun run = CliRun.of("diff", "--old", older, "--new", newer, "--layer");

    assertEquals(0, run.status(), run.err());
    JsonNode layer = new ObjectMapper().readTree(run.out());
    assertEquals("4.5", layer.get("versions").get("layer").asText());
    assertEquals("enterprise-attack", layer.get("domain").asText());
    assertTrue(layer.get("techniques").size() > 0);
    assertTrue(layer.get("legendItems").size() > 0);
  }

  @Test
  void diff_versionFetchedThroughMirror(@TempDir Path folder) throws Exception {
    Path mirror = LocalMirror.create(folder.resolve("mirror"));
    String mobile = TestData.file("attack/mobile-attack-18.1.json.gz").toString();

    CliRun run = CliRun.of("diff", "--old", "17.1", "--new", mobile, "--domain", "mobile",
        "--mirror", mirror.toString(), "--cache", folder.resolve("cache").toString(), "--json");

    assertEquals(0, run.status(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("17.1", json.get("oldRelease").asText());
    assertEquals("mobile-attack", json.get("domains").get(0).asText());
  }

  @Test
  void diff_versionOption_isUsageError() {
    CliRun run = CliRun.of("diff", "--old", older, "--new", newer, "--version", "18.1");

    assertEquals(2, run.status());
    assertTrue(run.err().contains("give the releases with --old and --new"), run.err());
  }

  @Test
  void diff_missingFile_failsWithOneLine() {
    CliRun run = CliRun.of("diff", "--old", "no-such-bundle.json", "--new", newer);

    assertEquals(1, run.status());
    assertTrue(run.err().startsWith("attack: file not found: no-such-bundle.json"), run.err());
  }

  @Test
  void diff_jsonAndMarkdown_isUsageError() {
    CliRun run = CliRun.of("diff", "--old", older, "--new", newer, "--json", "--markdown");

    assertEquals(2, run.status());
  }
}

package dev.attackj.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attackj.core.TestData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attack layer migrate} on an ATT&CKcon 2018 sample layer. */
class LayerMigrateCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void migrate_redPins_writesLayerAndReport(@TempDir Path folder) throws Exception {
    String layer = TestData.file("navigator/ATTACKcon 2018/Red_Pins.json").toString();
    String bundle = TestData.enterprise("18.1").toString();
    Path output = folder.resolve("layer.json");
    Path report = folder.resolve("report.json");

    CliRun run = CliRun.of("layer", "migrate", layer, "--to", bundle, "-o", output.toString(),
        "--report", report.toString());

    assertEquals(0, run.status(), run.err());
    JsonNode migrated = JSON.readTree(output.toFile());
    assertEquals("18", migrated.get("versions").get("attack").asText());
    JsonNode notes = JSON.readTree(report.toFile());
    assertEquals("18.1", notes.get("toRelease").asText());
    assertTrue(notes.get("counts").get("replaced").asInt() > 0);
    assertTrue(run.err().contains("REPLACED T1155 in execution"), run.err());
    for (JsonNode entry : migrated.get("techniques")) {
      assertTrue(!entry.get("techniqueID").asText().equals("T1155"), "T1155 is replaced");
    }
  }

  @Test
  void migrate_missingTarget_failsWithOneLine() {
    String layer = TestData.file("navigator/ATTACKcon 2018/Red_Pins.json").toString();

    CliRun run = CliRun.of("layer", "migrate", layer, "--to", "no-such-bundle.json");

    assertEquals(1, run.status());
    assertTrue(run.err().startsWith("attack: file not found: no-such-bundle.json"), run.err());
  }
}

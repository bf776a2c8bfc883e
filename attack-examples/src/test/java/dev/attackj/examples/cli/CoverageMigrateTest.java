package dev.attackj.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attackj.core.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attack coverage --migrate} on rules written for an older release. */
class CoverageMigrateTest {

  @Test
  void coverage_migrate_reportsEveryChange(@TempDir Path folder) throws Exception {
    Path csv = folder.resolve("rules.csv");
    Files.writeString(csv, "id,title,technique\nR1,Old PowerShell,T1086\nR2,Future,T9999.001\n"
        + "R3,Hypervisor,T1062\n");

    CliRun run = CliRun.of("coverage", "--rules", csv.toString(), "--bundle",
        TestData.enterprise("18.1").toString(), "--migrate", "--json");

    assertEquals(0, run.status(), run.err());
    JsonNode migration = new ObjectMapper().readTree(run.out()).get("migration");
    assertEquals(1, migration.get("counts").get("replaced").asInt());
    assertEquals(1, migration.get("counts").get("notFound").asInt());
    assertEquals(1, migration.get("counts").get("deprecated").asInt());
    assertTrue(run.err().contains("1 REPLACED"), run.err());
    assertTrue(!run.err().contains("REPLACED rule R1"), run.err());
  }

  @Test
  void coverage_migrateVerbose_listsEachNote(@TempDir Path folder) throws Exception {
    Path csv = folder.resolve("rules.csv");
    Files.writeString(csv, "id,title,technique\nR1,Old PowerShell,T1086\n");

    CliRun run = CliRun.of("coverage", "--rules", csv.toString(), "--bundle",
        TestData.enterprise("18.1").toString(), "--migrate", "--verbose");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("migration to ATT&CK 18.1: 1 REPLACED"), run.err());
    assertTrue(run.err().contains("REPLACED rule R1 Old PowerShell"), run.err());
  }
}

package dev.attackj.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.TestData;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataOptionsTest {

  @TempDir static Path shared;
  @TempDir Path cache;

  private static Path mirror;

  @BeforeAll
  static void createMirror() throws IOException {
    mirror = LocalMirror.create(shared.resolve("mirror"));
  }

  @Test
  void knowledgeBase_fetchesVersionOnFirstUse() {
    CliRun first = CliRun.of("stats", "--version", "17.1", "--domain", "mobile",
        "--mirror", mirror.toString(), "--cache", cache.toString());
    CliRun offline = CliRun.of("stats", "--version", "17.1", "--domain", "mobile",
        "--offline", "--cache", cache.toString());

    assertEquals(0, first.status(), first.err());
    assertTrue(first.out().startsWith("release 17.1, domain mobile-attack"), first.out());
    assertTrue(first.err().contains("Downloading ATT&CK mobile 17.1"), first.err());
    assertEquals(0, offline.status(), offline.err());
    assertEquals(first.out(), offline.out());
  }

  @Test
  void knowledgeBase_bundleAndVersionRejected() {
    Path bundle = TestData.file("attack/ics-attack-18.1.json.gz");

    CliRun run = CliRun.of("stats", "--bundle", bundle.toString(), "--version", "17.1",
        "--offline", "--cache", cache.toString());

    assertEquals(2, run.status());
    assertTrue(run.err().contains("either --bundle or --version"), run.err());
  }

  @Test
  void knowledgeBase_withoutDataNamesOptions() {
    CliRun run = CliRun.of("stats");

    assertEquals(1, run.status());
    assertTrue(run.err().contains("give --bundle FILE or --version V [--domain D]"), run.err());
  }

  @Test
  void help_listsReleaseOptions() {
    CliRun run = CliRun.of("techniques", "--help");

    assertEquals(0, run.status(), run.err());
    for (String option : new String[] {"--bundle", "--version", "--domain", "--stix", "--mirror",
        "--catalog", "--cache", "--offline"}) {
      assertTrue(run.out().contains(option), option + " missing from:\n" + run.out());
    }
  }
}

package dev.attackj.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadCommandTest {

  @TempDir static Path shared;
  @TempDir Path cache;

  private static Path mirror;

  @BeforeAll
  static void createMirror() throws IOException {
    mirror = LocalMirror.create(shared.resolve("mirror"));
  }

  private CliRun download(String... extra) {
    String[] base = {"download", "--mirror", mirror.toString(), "--cache", cache.toString()};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.of(args);
  }

  @Test
  void download_thenCached() {
    CliRun first = download("--domain", "mobile", "--version", "17.1");
    CliRun second = download("--domain", "mobile", "--version", "17.1");

    Path file = cache.resolve("mobile-attack-17.1.stix21.json");
    assertEquals(0, first.status(), first.err());
    assertTrue(first.out().contains("mobile 17.1 (STIX 2.1) downloaded to " + file), first.out());
    assertTrue(first.err().contains("Downloading ATT&CK mobile 17.1 (STIX 2.1)"), first.err());
    assertTrue(first.err().contains("100%"), first.err());
    assertTrue(Files.isRegularFile(file));
    assertEquals(0, second.status(), second.err());
    assertTrue(second.out().contains("cached at " + file), second.out());
    assertEquals("", second.err());
  }

  @Test
  void download_json() throws IOException {
    CliRun run = download("--domain", "mobile", "--version", "17.1", "--stix", "2.1", "--json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(0, run.status(), run.err());
    assertEquals("mobile", json.get("domain").asText());
    assertEquals("17.1", json.get("version").asText());
    assertEquals("2.1", json.get("stix").asText());
    assertEquals(cache.resolve("mobile-attack-17.1.stix21.json").toString(),
        json.get("path").asText());
    assertTrue(json.get("source").asText().startsWith("file:"), run.out());
    assertEquals(64, json.get("sha256").asText().length());
    assertTrue(json.get("downloaded").asBoolean());
  }

  @Test
  void download_customCatalogue() throws IOException {
    Path file = mirror.resolve("mitre/cti/ATT&CK-v18.1/ics-attack/ics-attack.json");
    Path catalogue = shared.resolve("catalogue.json");
    Files.writeString(catalogue, "{\"releases\": [{\"domain\": \"ics\", \"version\": \"19.0\","
        + " \"stix\": \"2.0\", \"url\": \"" + file.toUri() + "\", \"sha256\": \""
        + "76655cd7c363ca9a7474a95e9d60522a0c3211eaf2efad5b5e9cd7f9e0365b51\"}]}");

    CliRun run = download("--domain", "ics", "--version", "19.0", "--catalog",
        catalogue.toString());

    assertEquals(0, run.status(), run.err());
    assertTrue(Files.isRegularFile(cache.resolve("ics-attack-19.0.json")), run.out());
  }

  @Test
  void download_offlineWithoutCache() {
    CliRun run = CliRun.of("download", "--domain", "mobile", "--version", "17.1", "--offline",
        "--cache", cache.toString());

    assertEquals(1, run.status());
    assertTrue(run.err().contains(cache.resolve("mobile-attack-17.1.stix21.json").toString()),
        run.err());
    assertTrue(run.err().contains("--bundle FILE"), run.err());
    assertFalse(Files.exists(cache.resolve("mobile-attack-17.1.stix21.json")));
  }

  @Test
  void download_unknownVersion() {
    CliRun run = download("--domain", "mobile", "--version", "99.0");

    assertEquals(1, run.status());
    assertTrue(run.err().contains("lists no release 99.0 of domain \"mobile\""), run.err());
  }
}

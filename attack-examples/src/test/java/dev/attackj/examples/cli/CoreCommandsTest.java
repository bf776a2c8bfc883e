package dev.attackj.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attackj.core.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The --json contract of stats, show, techniques and groups, and one-line errors. */
class CoreCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static String bundle;

  @BeforeAll
  static void data() {
    bundle = TestData.enterprise("18.1").toString();
  }

  private static JsonNode json(String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.status(), run.err());
    return JSON.readTree(run.out());
  }

  @Test
  void stats_json() throws Exception {
    JsonNode stats = json("stats", "--bundle", bundle, "--json");

    assertEquals("18.1", stats.get("release").asText());
    assertEquals("enterprise-attack", stats.get("domain").asText());
    assertEquals(172, stats.get("counts").get("intrusion-set").asInt());
    assertEquals(691, stats.get("counts").get("attack-pattern").asInt());
  }

  @Test
  void show_json() throws Exception {
    JsonNode show = json("show", "Cozy Bear", "--bundle", bundle, "--json");

    assertEquals("G0016", show.get("id").asText());
    assertEquals("intrusion-set", show.get("type").asText());
    assertEquals("APT29", show.get("name").asText());
    assertTrue(show.get("stixId").asText().startsWith("intrusion-set--"));
    assertEquals(66, show.get("related").get("techniques").size());
  }

  @Test
  void techniques_json() throws Exception {
    JsonNode direct = json("techniques", "--group", "G0016", "--bundle", bundle, "--json");
    JsonNode withCampaigns = json("techniques", "--group", "APT29", "--via-campaigns",
        "--bundle", bundle, "--json");

    assertEquals(66, direct.size());
    assertTrue(direct.get(0).has("id"));
    assertTrue(direct.get(0).has("name"));
    assertEquals(119, withCampaigns.size());
  }

  @Test
  void groups_json() throws Exception {
    JsonNode groups = json("groups", "--technique", "T1059.001", "--bundle", bundle, "--json");
    JsonNode withCampaigns = json("groups", "--technique", "T1059.001", "--via-campaigns",
        "--bundle", bundle, "--json");

    assertEquals(83, groups.size());
    assertEquals(84, withCampaigns.size());
    assertTrue(groups.get(0).get("id").asText().startsWith("G"));
  }

  @Test
  void show_unknownNameIsOneLineError() {
    CliRun run = CliRun.of("show", "No Such Group", "--bundle", bundle);

    assertEquals(1, run.status());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("No Such Group"));
  }

  @Test
  void stats_missingBundleIsOneLineError() {
    CliRun run = CliRun.of("stats", "--bundle", "/nonexistent/bundle.json");

    assertEquals(1, run.status());
    assertTrue(run.err().startsWith("attack: file not found: /nonexistent/bundle.json"), run.err());
    assertFalse(run.err().contains("\tat "));
  }
}

package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Problem;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ParsingTest {

  /** A "billion laughs" document: each alias level repeats the one before it ten times. */
  private static String billionLaughs() {
    StringBuilder yaml = new StringBuilder("title: laughs\na0: &a0 [\"lol\"]\n");
    for (int level = 1; level <= 9; level++) {
      yaml.append('a').append(level).append(": &a").append(level).append(" [");
      for (int i = 0; i < 10; i++) {
        yaml.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
      }
      yaml.append("]\n");
    }
    return yaml.append("tags:\n  - attack.t1059\n").toString();
  }

  private static List<String> messages(ImportResult result) {
    return result.problems().stream().map(Problem::message).collect(Collectors.toList());
  }

  @Test
  @Timeout(20)
  void sigma_billionLaughs_boundedAndReported() {
    ImportResult result = new SigmaImporter().read(billionLaughs(), "laughs.yml");

    assertTrue(result.rules().size() <= 1, result.rules().toString());
    assertTrue(result.rules().isEmpty() || !result.problems().isEmpty()
        || result.rules().get(0).toString().length() < 100_000, messages(result).toString());
  }

  @Test
  @Timeout(20)
  void sentinelYaml_deepNesting_reportedAsProblem() {
    String yaml = "id: x\nname: deep\nquery: " + "[".repeat(5000) + "]".repeat(5000) + "\n";

    ImportResult result = new SentinelYamlImporter().read(yaml, "deep.yaml");

    assertTrue(result.rules().isEmpty());
    assertFalse(result.problems().isEmpty());
    assertEquals("deep.yaml", result.problems().get(0).file());
  }

  @Test
  @Timeout(20)
  void elasticToml_deepNesting_reportedAsProblem() {
    String toml = "[rule]\nname = \"deep\"\nx = " + "[".repeat(5000) + "]".repeat(5000) + "\n";

    ImportResult result = new ElasticTomlImporter().read(toml, "deep.toml");

    assertTrue(result.rules().isEmpty());
    assertFalse(result.problems().isEmpty());
  }

  @Test
  @Timeout(20)
  void kibana_deepNesting_reportedAsProblem() {
    String json = "{\"type\": \"alert\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

    ImportResult result = new KibanaImporter().read(json, "deep.ndjson");

    assertTrue(result.rules().isEmpty());
    assertTrue(messages(result).stream().anyMatch(m -> m.contains("nesting")),
        messages(result).toString());
  }

  @Test
  void yamlFactory_largeDocument_rejectedWithLimit() {
    String yaml = "title: big\ndescription: " + "x".repeat(Parsing.MAX_YAML_CODE_POINTS) + "\n";

    ImportResult result = new SigmaImporter().read(yaml, "big.yml");

    assertTrue(result.rules().isEmpty());
    assertTrue(messages(result).stream().anyMatch(m -> m.contains("limit")),
        messages(result).toString());
  }
}

package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Fuzzer;
import dev.attackj.core.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleImporterFuzzTest {

  /** The sample of each format, by the format name its importer gives. */
  private static final Map<String, String> SAMPLES = Map.ofEntries(
      Map.entry("sigma", "sigma-multi.yml"),
      Map.entry("splunk-conf", "savedsearches.conf"),
      Map.entry("splunk-rest", "saved-searches-rest.json"),
      Map.entry("splunk-yaml", "security-content-detection.yml"),
      Map.entry("elastic", "elastic-rule.toml"),
      Map.entry("kibana", "kibana-export.ndjson"),
      Map.entry("sentinel-yaml", "sentinel-rule.yaml"),
      Map.entry("sentinel-json", "sentinel-rules-arm.json"),
      Map.entry("dettect", "dettect-techniques.yaml"),
      Map.entry("csv", "rules.csv"),
      Map.entry("navigator", "layer.json"));

  private static List<byte[]> allSamples() {
    List<byte[]> seeds = new ArrayList<>();
    SAMPLES.values().stream().sorted().forEach(name -> seeds.add(bytes(name)));
    return seeds;
  }

  private static byte[] bytes(String fixture) {
    return Fixtures.read(fixture).getBytes(StandardCharsets.UTF_8);
  }

  private static void checkResult(ImportResult result, String source) {
    for (Problem problem : result.problems()) {
      assertTrue(problem.file().equals(source), problem::toString);
      assertTrue(!problem.message().isBlank(), problem::toString);
    }
  }

  @Test
  void read_mutatedRulesOfEachFormat_reportWithoutThrowing() {
    List<byte[]> everything = allSamples();

    for (RuleImporter importer : InventoryReader.create().importers()) {
      String sample = SAMPLES.get(importer.format());
      List<byte[]> seeds = new ArrayList<>(List.of(bytes(sample), bytes(sample)));
      seeds.add(everything.get(importer.format().length() % everything.size()));
      Fuzzer fuzzer = Fuzzer.of("import-" + importer.format(), seeds).returningNormally()
          .cases(Math.max(100, Integer.getInteger("attackj.fuzz.cases", 300)));

      fuzzer.run((bytes, source) -> checkResult(
          importer.read(new String(bytes, StandardCharsets.UTF_8), source), source));
    }
  }

  @Test
  void inventoryRead_mutatedFiles_reportWithoutThrowing(@TempDir Path folder) {
    Fuzzer fuzzer = Fuzzer.of("inventory", allSamples()).returningNormally()
        .cases(Math.max(100, Integer.getInteger("attackj.fuzz.cases", 300)));
    InventoryReader reader = InventoryReader.create().withParallelism(false);

    fuzzer.run((bytes, source) -> {
      Path file = Files.write(folder.resolve(source), bytes);
      Inventory inventory = reader.read(file);
      for (Problem problem : inventory.report().problems()) {
        assertTrue(!problem.message().contains("importer failed"), problem::toString);
      }
      Files.delete(file);
    });
  }
}

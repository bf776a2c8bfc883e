package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryReaderTest {

  private static final List<String> FIXTURES = List.of("sigma-multi.yml", "elastic-rule.toml",
      "kibana-export.ndjson", "savedsearches.conf", "saved-searches-rest.json",
      "security-content-detection.yml", "sentinel-rule.yaml", "sentinel-rules-arm.json",
      "dettect-techniques.yaml", "rules.csv", "layer.json");

  private static Path copyFixtures(Path folder) throws IOException {
    Path nested = Files.createDirectories(folder.resolve("nested/deeper"));
    for (int i = 0; i < FIXTURES.size(); i++) {
      Path target = (i % 2 == 0 ? folder : nested).resolve(FIXTURES.get(i));
      Files.writeString(target, Fixtures.read(FIXTURES.get(i)));
    }
    Files.writeString(folder.resolve("README.md"), "# Rules\n");
    Path hidden = Files.createDirectories(folder.resolve(".git"));
    Files.writeString(hidden.resolve("config"), "[core]\n");
    return folder;
  }

  @Test
  void read_mixedFolder_detectsEveryFormat(@TempDir Path folder) throws IOException {
    copyFixtures(folder);

    Inventory inventory = InventoryReader.create().read(folder);

    Map<String, Integer> expected = new TreeMap<>();
    InventoryReader.create().formats().forEach(format -> expected.put(format, 1));
    assertEquals(expected, inventory.report().formats());
    assertEquals(12, inventory.report().files());
    List<Problem> infos = inventory.report().problems().stream()
        .filter(problem -> problem.severity() == Problem.Severity.INFO).toList();
    assertEquals(1, infos.size());
    assertTrue(infos.get(0).file().endsWith("README.md"), infos::toString);
  }

  @Test
  void read_sequentialAndParallel_giveSameInventory(@TempDir Path folder) throws IOException {
    copyFixtures(folder);

    Inventory parallel = InventoryReader.create().read(folder);
    Inventory sequential = InventoryReader.create().withParallelism(false).read(folder);

    assertEquals(sequential, parallel);
  }

  @Test
  void withListener_folder_hearsEveryFile(@TempDir Path folder) throws IOException {
    copyFixtures(folder);
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger total = new AtomicInteger();

    InventoryReader.create().withListener((file, done, all) -> {
      calls.incrementAndGet();
      total.set(all);
    }).read(folder);

    assertEquals(12, calls.get());
    assertEquals(12, total.get());
  }

  @Test
  void read_missingPath_throwsNoSuchFile(@TempDir Path folder) {
    Path missing = folder.resolve("absent");

    UncheckedIOException thrown = assertThrows(UncheckedIOException.class,
        () -> InventoryReader.create().read(folder, missing));

    NoSuchFileException cause = assertInstanceOf(NoSuchFileException.class, thrown.getCause());
    assertEquals(missing.toString(), cause.getFile());
  }

  @Test
  void read_namedFileOfUnknownFormat_isError(@TempDir Path folder) throws IOException {
    Path notes = Files.writeString(folder.resolve("notes.txt"), "nothing to see\n");

    Inventory inventory = InventoryReader.create().read(notes);

    assertEquals(Problem.Severity.ERROR, inventory.report().problems().get(0).severity());
  }

  @Test
  void read_binaryFile_isReported(@TempDir Path folder) throws IOException {
    Path binary = Files.write(folder.resolve("rule.yml"), new byte[] {(byte) 0xff, (byte) 0xfe,
        0, (byte) 0xc3});

    Inventory inventory = InventoryReader.create().read(binary);

    assertTrue(inventory.report().problems().get(0).message().contains("UTF-8"));
  }

  @Test
  void withFormat_walkedFolder_readsOnlyThatFormat(@TempDir Path folder) throws IOException {
    copyFixtures(folder);

    Inventory inventory = InventoryReader.create().withFormat("SIGMA").read(folder);

    assertEquals(Map.of("sigma", 1), inventory.report().formats());
    assertEquals(2, inventory.rules().size());
  }

  @Test
  void withFormat_unknownName_throwsListingFormats() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> InventoryReader.create().withFormat("qradar"));

    assertTrue(error.getMessage().contains("sigma"), error::getMessage);
  }

  @Test
  void inventory_json_writesRulesAndReport(@TempDir Path folder) throws IOException {
    copyFixtures(folder);
    Inventory inventory = InventoryReader.create().read(folder);

    JsonNode json = new ObjectMapper().valueToTree(inventory);

    assertEquals(inventory.rules().size(), json.get("rules").size());
    assertTrue(json.at("/rules/0/id").isTextual());
    assertTrue(json.at("/report/problems/0/message").isTextual());
  }

  @Test
  void normalize_afterReading_matchesReadingWithKnowledgeBase(@TempDir Path folder)
      throws IOException {
    Path rules = Files.writeString(folder.resolve("rules.csv"),
        "id,title,technique\nR1,PowerShell,T1086\nR2,Unknown,T9999\n");
    dev.attackj.core.KnowledgeBase kb =
        dev.attackj.core.KnowledgeBase.load(dev.attackj.core.TestData.enterprise("18.1"));

    Inventory later = InventoryReader.normalize(InventoryReader.create().read(rules), kb);

    Inventory direct = InventoryReader.create().withKnowledgeBase(kb).read(rules);
    assertEquals(direct.rules(), later.rules());
    assertEquals(direct.report().findings(), later.report().findings());
    assertEquals(direct.report().problems(), later.report().problems());
  }

  @Test
  void withLimits_fileJustOverMaxDocumentBytes_isReportedWithRemedy(@TempDir Path folder)
      throws IOException {
    Path rules = Files.writeString(folder.resolve("rules.csv"), "id,technique\nR1,T1059\n");
    long size = Files.size(rules);
    InventoryReader reader = InventoryReader.create()
        .withLimits(ReadLimits.builder().maxDocumentBytes(size - 1).build());

    Inventory inventory = reader.read(rules);

    assertEquals(List.of(), inventory.rules());
    String message = inventory.report().problems().get(0).message();
    assertTrue(message.contains("the file has " + size + " bytes, more than maxDocumentBytes = "
        + (size - 1)), message);
    assertTrue(message.endsWith("raise it with ReadLimits.builder().maxDocumentBytes(...) and "
        + "InventoryReader.withLimits"), message);
  }

  @Test
  void withLimits_raisedMaxDocumentBytes_readsTheFile(@TempDir Path folder) throws IOException {
    Path rules = Files.writeString(folder.resolve("rules.csv"), "id,technique\nR1,T1059\n");
    long size = Files.size(rules);
    InventoryReader reader = InventoryReader.create()
        .withLimits(ReadLimits.builder().maxDocumentBytes(size).build());

    Inventory inventory = reader.read(rules);

    assertEquals(1, inventory.rules().size(), inventory.report()::toString);
    assertEquals(List.of(), inventory.report().problems());
  }

  @Test
  void create_defaultLimits_capFilesAt64MiB() {
    InventoryReader reader = InventoryReader.create();

    ReadLimits limits = reader.limits();

    assertEquals(64L << 20, limits.maxDocumentBytes());
    assertEquals(ReadLimits.defaults().maxObjects(), limits.maxObjects());
  }

  @Test
  void withLimits_csvJustOverMaxObjects_isReportedWithRemedy(@TempDir Path folder)
      throws IOException {
    Path rules = Files.writeString(folder.resolve("rules.csv"),
        "id,technique\nR1,T1059\nR2,T1003\n");
    InventoryReader reader = InventoryReader.create()
        .withLimits(ReadLimits.builder().maxObjects(2).build());

    Inventory inventory = reader.read(rules);

    String message = inventory.report().problems().get(0).message();
    assertTrue(message.contains("more than maxObjects = 2 allows; raise it with "
        + "ReadLimits.builder().maxObjects(...) and InventoryReader.withLimits"), message);
  }

  @Test
  void withLimits_raisedMaxObjects_readsEveryRow(@TempDir Path folder) throws IOException {
    Path rules = Files.writeString(folder.resolve("rules.csv"),
        "id,technique\nR1,T1059\nR2,T1003\n");
    InventoryReader reader = InventoryReader.create()
        .withLimits(ReadLimits.builder().maxObjects(3).build());

    Inventory inventory = reader.read(rules);

    assertEquals(2, inventory.rules().size(), inventory.report()::toString);
    assertEquals(List.of(), inventory.report().problems());
  }

  @Test
  void withLimits_yamlJustOverMaxNestingDepth_isReportedWithRemedy() {
    String rule = "title: Deep\nlogsource:\n  product: windows\ndetection:\n  a:\n    b:\n"
        + "      c:\n        d: 1\n  condition: a\ntags:\n  - attack.t1059\n";
    InventoryReader lowered = InventoryReader.create()
        .withLimits(ReadLimits.builder().maxNestingDepth(4).build());
    InventoryReader raised = InventoryReader.create()
        .withLimits(ReadLimits.builder().maxNestingDepth(5).build());

    Inventory failed = lowered.read(rule, "deep.yml");
    Inventory passed = raised.read(rule, "deep.yml");

    String message = failed.report().problems().get(0).message();
    assertTrue(message.startsWith("limit exceeded: YAML "), message);
    assertTrue(message.endsWith("raise it with ReadLimits.builder().maxNestingDepth(...) and "
        + "InventoryReader.withLimits"), message);
    assertEquals(1, passed.rules().size(), passed.report()::toString);
  }
}

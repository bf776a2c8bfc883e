package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StixReaderTest {

  private static final String TECHNIQUE = """
      {"type": "attack-pattern", "id": "attack-pattern--1", "name": "Example",
       "created": "2020-01-01T00:00:00.000Z", "modified": "2021-02-03T04:05:06.789Z",
       "external_references": [{"source_name": "mitre-attack", "external_id": "T9999",
         "url": "https://attack.mitre.org/techniques/T9999"}],
       "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "execution"}],
       "x_custom_score": {"value": 3}, "x_mitre_future_field": ["a", "b"]}""";

  private static StixBundle read(String objects) {
    String json = "{\"type\": \"bundle\", \"id\": \"bundle--1\", \"objects\": [" + objects + "]}";
    return StixReader.lenient().read(json.getBytes(StandardCharsets.UTF_8), "test.json");
  }

  @Test
  void read_keepsPropertiesTheModelDoesNotName() {
    StixBundle bundle = read(TECHNIQUE);

    AttackObject object = bundle.objects().get(0);

    assertEquals("T9999 Example", object.toString());
    assertEquals(3, object.extraProperties().get("x_custom_score").get("value").intValue());
    assertEquals(2, object.extraProperties().get("x_mitre_future_field").size());
    assertEquals("2021-02-03T04:05:06.789Z", object.modified().orElseThrow().toString());
    assertTrue(bundle.report().isEmpty());
  }

  @Test
  void read_gzipDetectedFromContent() throws Exception {
    String json = "{\"type\": \"bundle\", \"objects\": [" + TECHNIQUE + "]}";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(json.getBytes(StandardCharsets.UTF_8));
    }

    StixBundle bundle = StixReader.lenient().read(bytes.toByteArray(), "plain-name.json");

    assertEquals(1, bundle.objects().size());
  }

  @Test
  void read_unknownTypeKeptAndReported() {
    StixBundle bundle = read("{\"type\": \"x-custom-thing\", \"id\": \"x-custom-thing--1\","
        + " \"name\": \"Thing\", \"size\": 4}");

    AttackObject object = bundle.objects().get(0);

    assertTrue(object instanceof UnknownObject);
    assertEquals(4, object.extraProperties().get("size").intValue());
    assertEquals(1, bundle.report().problems().size());
  }

  @Test
  void read_wrongTypeReportedWithPointerAndKept() {
    StixBundle bundle = read(TECHNIQUE + ", {\"type\": \"intrusion-set\", \"id\": \"intrusion-set--2\","
        + " \"name\": 42}");

    Problem problem = bundle.report().problems().get(0);

    assertEquals("/objects/1/name", problem.pointer().orElseThrow());
    assertEquals("intrusion-set--2", problem.objectId().orElseThrow());
    assertEquals("test.json", problem.file());
    assertTrue(problem.line().isPresent());
    assertEquals(42, bundle.objects().get(1).extraProperties().get("name").intValue());
  }

  @Test
  void read_referenceWithUnknownKey() {
    StixBundle bundle = read("""
        {"type": "course-of-action", "id": "course-of-action--1", "name": "Audit",
         "external_references": [{"source_name": "mitre-attack", "external_id": "M1047"},
           {"source_name": "vendor", "url": null, "hashes": {"SHA-256": "00"}}]}""");

    AttackObject object = bundle.objects().get(0);

    assertEquals("M1047 Audit", object.toString());
    assertEquals(2, object.externalReferences().size());
    assertEquals("vendor", object.externalReferences().get(1).sourceName());
    JsonNode kept = object.extraProperties().get("external_references");
    assertEquals("00", kept.get(1).get("hashes").get("SHA-256").textValue());
    assertTrue(kept.get(1).get("url").isNull());
    assertTrue(bundle.report().isEmpty());
  }

  @Test
  void read_unreadableEntryReportedWithPointerAndKept() {
    StixBundle bundle = read("""
        {"type": "attack-pattern", "id": "attack-pattern--2", "name": "Phases",
         "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "execution"},
           {"kill_chain_name": "mitre-attack", "phase_name": 7}]}""");

    Technique technique = (Technique) bundle.objects().get(0);
    Problem problem = bundle.report().problems().get(0);

    assertEquals(List.of(), technique.killChainPhases());
    assertEquals("/objects/0/kill_chain_phases/1", problem.pointer().orElseThrow());
    assertTrue(problem.message().contains("\"phase_name\" must be a string"), problem.message());
    assertEquals(7, technique.extraProperties().get("kill_chain_phases").get(1)
        .get("phase_name").intValue());
  }

  @Test
  void read_entryMissingRequiredKeyReported() {
    StixBundle bundle = read("""
        {"type": "x-mitre-collection", "id": "x-mitre-collection--1", "name": "Set",
         "x_mitre_contents": [{"object_ref": "attack-pattern--1",
           "object_modified": "2020-01-01T00:00:00.000Z"}, {"object_ref": "tool--1"}]}""");

    Problem problem = bundle.report().problems().get(0);

    assertEquals("/objects/0/x_mitre_contents/1", problem.pointer().orElseThrow());
    assertTrue(problem.message().contains("\"object_modified\" must be a string"),
        problem.message());
    assertEquals(2, bundle.objects().get(0).extraProperties().get("x_mitre_contents").size());
  }

  @Test
  void read_entryMappingFailureKeepsPropertyAsRead() {
    StixBundle bundle = read("""
        {"type": "x-mitre-collection", "id": "x-mitre-collection--2", "name": "Set",
         "x_mitre_contents": [{"object_ref": "tool--1", "object_modified": "yesterday"}]}""");

    Problem problem = bundle.report().problems().get(0);
    JsonNode kept = bundle.objects().get(0).extraProperties().get("x_mitre_contents");

    assertEquals("/objects/0/x_mitre_contents/0", problem.pointer().orElseThrow());
    assertEquals("yesterday", kept.get(0).get("object_modified").textValue());
  }

  @Test
  void read_rejectedArrayPlacedAtItsStart() {
    String second = " \"aliases\": [\"Cozy\", 3]}";
    StixBundle bundle = read("{\"type\": \"intrusion-set\", \"id\": \"intrusion-set--3\",\n"
        + second);

    Problem problem = bundle.report().problems().get(0);

    assertEquals("/objects/0/aliases", problem.pointer().orElseThrow());
    assertEquals(2, problem.line().orElseThrow());
    assertEquals(second.indexOf('[') + 1, problem.column().orElseThrow());
    assertEquals(3, bundle.objects().get(0).extraProperties().get("aliases").get(1).intValue());
  }

  @Test
  void read_duplicateIdAndDanglingReferenceReported() {
    StixBundle bundle = read(TECHNIQUE + "," + TECHNIQUE + ", {\"type\": \"relationship\","
        + " \"id\": \"relationship--1\", \"relationship_type\": \"uses\","
        + " \"source_ref\": \"intrusion-set--9\", \"target_ref\": \"attack-pattern--1\"}");

    assertEquals(2, bundle.objects().size());
    assertEquals(2, bundle.report().problems().size());
    assertTrue(bundle.report().problems().get(0).message().contains("duplicate"));
    assertTrue(bundle.report().problems().get(1).message().contains("intrusion-set--9"));
  }

  @Test
  void read_strictFailsAtFirstProblem() {
    String json = "{\"type\": \"bundle\", \"objects\": [{\"type\": \"tool\", \"id\": \"tool--1\","
        + " \"revoked\": \"no\"}]}";

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> StixReader.strict().read(json.getBytes(StandardCharsets.UTF_8), "s.json"));

    assertEquals("/objects/0/revoked", e.problem().pointer().orElseThrow());
  }

  @Test
  void read_malformedJsonNamesLineAndColumn() {
    String json = "{\"type\": \"bundle\",\n \"objects\": [\n {\"type\": \"tool\", }]}";

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> StixReader.lenient().read(json.getBytes(StandardCharsets.UTF_8), "bad.json"));

    assertEquals(3, e.problem().line().orElseThrow());
    assertTrue(e.getMessage().startsWith("error: bad.json:3:"), e.getMessage());
  }

  @Test
  void read_navigatorLayerIsNotABundle() {
    String layer = "{\"name\": \"layer\", \"domain\": \"enterprise-attack\", \"techniques\": []}";

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> StixReader.lenient().read(layer.getBytes(StandardCharsets.UTF_8), "layer.json"));

    assertTrue(e.getMessage().contains("not a STIX bundle"), e.getMessage());
    assertTrue(e.getMessage().contains("layer.json"), e.getMessage());
  }

  @Test
  void read_objectWithoutIdSkippedAndReported() {
    StixBundle bundle = read("{\"type\": \"tool\", \"name\": \"nameless\"}");

    assertTrue(bundle.objects().isEmpty());
    assertTrue(bundle.report().hasErrors());
  }

  @Test
  void read_nestingLimitNamesTheLimit() {
    String deep = "[".repeat(100) + "]".repeat(100);
    String json = "{\"type\": \"bundle\", \"objects\": [{\"type\": \"tool\", \"id\": \"tool--1\","
        + " \"x\": " + deep + "}]}";

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> StixReader.lenient().read(json.getBytes(StandardCharsets.UTF_8), "deep.json"));

    assertTrue(e.getMessage().contains("withLimits"), e.getMessage());
  }

  @Test
  void withLimits_objectCount() {
    StixReader reader = StixReader.lenient().withLimits(64, 1000, 1);
    String json = "{\"objects\": [" + TECHNIQUE + "," + TECHNIQUE.replace("--1", "--2") + "]}";

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> reader.read(json.getBytes(StandardCharsets.UTF_8), "many.json"));

    assertTrue(e.getMessage().contains("more than 1 objects"), e.getMessage());
    assertFalse(reader.isStrict());
  }

  /** Tools numbered from 0, with {@code odd} in place of the object at {@code oddIndex}. */
  private static String manyTools(int count, int oddIndex, String odd) {
    StringBuilder objects = new StringBuilder();
    for (int i = 0; i < count; i++) {
      objects.append(i == 0 ? "" : ",\n");
      objects.append(i == oddIndex ? odd
          : "{\"type\": \"tool\", \"id\": \"tool--" + i + "\", \"name\": \"Tool " + i + "\"}");
    }
    return objects.toString();
  }

  @Test
  void read_manyObjectsKeepOrderAndProblems() {
    String objects = manyTools(3000, 2500, "{\"type\": \"tool\", \"id\": \"tool--7\"}")
        + ", 5, {\"type\": \"tool\", \"name\": \"nameless\"}";

    StixBundle bundle = read(objects);

    List<Problem> problems = bundle.report().problems();
    assertEquals(2999, bundle.objects().size());
    assertEquals("tool--2999", bundle.objects().get(2998).stixId());
    assertEquals(3, problems.size());
    assertEquals("/objects/2500/id", problems.get(0).pointer().orElseThrow());
    assertEquals("/objects/3000", problems.get(1).pointer().orElseThrow());
    assertEquals("/objects/3001", problems.get(2).pointer().orElseThrow());
    assertEquals(2501, problems.get(0).line().orElseThrow());
  }

  @Test
  void read_strictManyObjectsFailsAtFirstProblem() {
    String json = "{\"type\": \"bundle\", \"objects\": ["
        + manyTools(3000, 1200, "{\"type\": \"tool\", \"id\": \"tool--x\", \"revoked\": 1}")
        + "]}";

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> StixReader.strict().read(json.getBytes(StandardCharsets.UTF_8), "s.json"));

    assertEquals("/objects/1200/revoked", e.problem().pointer().orElseThrow());
  }

  @Test
  void read_strictFailuresLeaveNoMappingThread() throws InterruptedException {
    byte[] json = ("{\"type\": \"bundle\", \"objects\": ["
        + manyTools(3000, 1200, "{\"type\": \"tool\", \"id\": \"tool--x\", \"revoked\": 1}")
        + "]}").getBytes(StandardCharsets.UTF_8);

    for (int i = 0; i < 50; i++) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> StixReader.strict().read(json, "s.json"));
      assertEquals("/objects/1200/revoked", e.problem().pointer().orElseThrow());
    }

    assertEquals(0, mappingThreadsAfterWaiting());
  }

  /** Counts mapping threads still alive, waiting up to ten seconds for them to end. */
  private static long mappingThreadsAfterWaiting() throws InterruptedException {
    long alive = 0;
    for (int wait = 0; wait < 100; wait++) {
      alive = Thread.getAllStackTraces().keySet().stream()
          .filter(thread -> thread.getName().equals("attackj-stix-mapping"))
          .count();
      if (alive == 0) {
        break;
      }
      Thread.sleep(100);
    }
    return alive;
  }

  @Test
  void read_strictProblemBeforeMalformedJsonComesFirst() throws InterruptedException {
    byte[] json = ("{\"type\": \"bundle\", \"objects\": ["
        + manyTools(600, 400, "{\"type\": \"tool\", \"id\": \"tool--x\", \"revoked\": 1}")
        + ", {\"type\": }]}").getBytes(StandardCharsets.UTF_8);

    for (int i = 0; i < 50; i++) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> StixReader.strict().read(json, "s.json"));
      assertEquals("/objects/400/revoked", e.problem().pointer().orElseThrow());
    }

    assertEquals(0, mappingThreadsAfterWaiting());
  }

  @Test
  void read_malformedJsonAfterManyObjectsNamesLine() {
    String json = "{\"type\": \"bundle\", \"objects\": [" + manyTools(2000, -1, "")
        + ",\n{\"type\": }]}";

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> StixReader.lenient().read(json.getBytes(StandardCharsets.UTF_8), "m.json"));

    assertEquals(2001, e.problem().line().orElseThrow());
  }

  @Test
  void withLimits_objectCountAcrossRepeatedArrays() {
    StixReader reader = StixReader.lenient().withLimits(64, 1000, 2);
    String tools = "{\"type\": \"tool\", \"id\": \"tool--1\"}, {\"type\": \"tool\", \"id\": \"tool--2\"}";
    String json = "{\"objects\": [" + tools + "], \"objects\": [" + tools + "]}";

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> reader.read(json.getBytes(StandardCharsets.UTF_8), "twice.json"));

    assertTrue(e.getMessage().contains("more than 2 objects"), e.getMessage());
  }

  @Test
  void read_danglingReferencePlacedAtItsObject() {
    StixBundle bundle = read(TECHNIQUE + ",\n{\"type\": \"relationship\","
        + " \"id\": \"relationship--1\", \"relationship_type\": \"uses\","
        + " \"source_ref\": \"intrusion-set--9\", \"target_ref\": \"attack-pattern--1\"}");

    Problem problem = bundle.report().problems().get(0);

    assertEquals("/objects/1", problem.pointer().orElseThrow());
    assertEquals("relationship--1", problem.objectId().orElseThrow());
    assertEquals(7, problem.line().orElseThrow());
  }

  @Test
  void read_unreadableEntryPlacedAtItsArray() {
    String object = "{\"type\": \"attack-pattern\", \"id\": \"attack-pattern--3\",\n"
        + " \"kill_chain_phases\": [{\"kill_chain_name\": \"k\", \"phase_name\": 7}]}";

    StixBundle bundle = read(object);

    Problem problem = bundle.report().problems().get(0);
    assertEquals("/objects/0/kill_chain_phases/0", problem.pointer().orElseThrow());
    assertEquals(2, problem.line().orElseThrow());
  }

  @Test
  void read_directoryNamesThePath(@TempDir Path folder) {
    FileSystemException e = assertThrows(FileSystemException.class,
        () -> StixReader.lenient().read(folder));

    assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("a directory"), e.getMessage());
  }
}

package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Arrays of flat string entries (external references, kill chain phases, log sources, log source
 * references, mutable elements, collection contents) of every unusual shape: each is mapped,
 * reported with its place or kept as read, never dropped.
 */
class StixReaderEntriesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The text before an object's properties on its line, so columns are known. */
  private static final String HEAD = "{\"type\": \"bundle\", \"objects\": [\n";

  private static StixBundle read(String object) {
    String json = HEAD + object + "\n]}";
    return StixReader.lenient().read(json.getBytes(StandardCharsets.UTF_8), "e.json");
  }

  private static String technique(String property, String value) {
    return "{\"type\": \"attack-pattern\", \"id\": \"attack-pattern--1\", \"" + property + "\": "
        + value + "}";
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Problem onlyProblem(StixBundle bundle) {
    assertEquals(1, bundle.report().problems().size(), bundle.report().problems().toString());
    return bundle.report().problems().get(0);
  }

  @Test
  void read_emptyArray_mapsNothingAndKeepsNothing() {
    StixBundle bundle = read(technique("external_references", "[]"));

    AttackObject object = bundle.objects().get(0);

    assertEquals(List.of(), object.externalReferences());
    assertTrue(bundle.report().isEmpty());
    assertFalse(object.extraProperties().containsKey("external_references"));
  }

  @Test
  void read_nullEntry_reportedWithPointerAndKept() {
    StixBundle bundle = read(technique("kill_chain_phases", "[null]"));

    Problem problem = onlyProblem(bundle);
    Technique technique = (Technique) bundle.objects().get(0);

    assertEquals("/objects/0/kill_chain_phases/0", problem.pointer().orElseThrow());
    assertEquals(2, problem.line().orElseThrow());
    assertEquals("e.json", problem.file());
    assertEquals("attack-pattern--1", problem.objectId().orElseThrow());
    assertTrue(problem.message().contains("entry must be an object"), problem.message());
    assertEquals(List.of(), technique.killChainPhases());
    assertEquals(tree("[null]"), technique.extraProperties().get("kill_chain_phases"));
  }

  @Test
  void read_emptyEntry_reportedAsMissingRequiredKey() {
    StixBundle bundle = read(technique("external_references", "[{}]"));

    Problem problem = onlyProblem(bundle);

    assertEquals("/objects/0/external_references/0", problem.pointer().orElseThrow());
    assertTrue(problem.message().contains("\"source_name\" must be a string"),
        problem.message());
    assertEquals(tree("[{}]"),
        bundle.objects().get(0).extraProperties().get("external_references"));
  }

  @Test
  void read_nestedArrayEntry_reportedAndKept() {
    String value =
        "[{\"source_name\": \"a\"}, [{\"source_name\": \"b\"}], {\"source_name\": \"c\"}]";

    StixBundle bundle = read(technique("external_references", value));

    Problem problem = onlyProblem(bundle);
    assertEquals("/objects/0/external_references/1", problem.pointer().orElseThrow());
    assertEquals(List.of(), bundle.objects().get(0).externalReferences());
    assertEquals(tree(value), bundle.objects().get(0).extraProperties().get("external_references"));
  }

  @Test
  void read_nullOptionalEntryValue() {
    String value = "[{\"url\": null, \"source_name\": \"s\", \"external_id\": \"T1\"}]";

    StixBundle bundle = read(technique("external_references", value));

    ExternalReference reference = bundle.objects().get(0).externalReferences().get(0);
    assertTrue(bundle.report().isEmpty());
    assertEquals("s", reference.sourceName());
    assertEquals(Optional.empty(), reference.url());
    assertEquals(Optional.of("T1"), reference.externalId());
    assertEquals(tree(value), bundle.objects().get(0).extraProperties().get("external_references"));
  }

  @Test
  void read_nullRequiredValue_reportedAndKept() {
    String value = "[{\"kill_chain_name\": \"mitre-attack\", \"phase_name\": null}]";

    StixBundle bundle = read(technique("kill_chain_phases", value));

    Problem problem = onlyProblem(bundle);
    assertEquals("/objects/0/kill_chain_phases/0", problem.pointer().orElseThrow());
    assertTrue(problem.message().contains("\"phase_name\" must be a string"), problem.message());
    assertEquals(tree(value), bundle.objects().get(0).extraProperties().get("kill_chain_phases"));
  }

  @Test
  void read_keysInAnyOrder_mapSameEntries() {
    String forward = "[{\"kill_chain_name\": \"k\", \"phase_name\": \"p\"}]";
    String backward = "[{\"phase_name\": \"p\", \"kill_chain_name\": \"k\"}]";

    Technique first = (Technique) read(technique("kill_chain_phases", forward)).objects().get(0);
    Technique second = (Technique) read(technique("kill_chain_phases", backward)).objects().get(0);

    assertEquals(List.of(KillChainPhase.of("k", "p")), first.killChainPhases());
    assertEquals(first, second);
  }

  @Test
  void read_unicodeAndEscapes_keptExactly() {
    String description = "caf\u00e9 \ud83d\ude00 \"quoted\" back\\slash\nline \u0000 tab\t";
    String value = "[{\"source_name\": " + JsonArbitraries.quote("\u00fc\u65e5")
        + ", \"description\": " + JsonArbitraries.quote(description)
        + ", \"url\": \"https://example.test/\\u00e9\"}]";

    StixBundle bundle = read(technique("external_references", value));

    ExternalReference reference = bundle.objects().get(0).externalReferences().get(0);
    assertTrue(bundle.report().isEmpty());
    assertEquals("\u00fc\u65e5", reference.sourceName());
    assertEquals(Optional.of(description), reference.description());
    assertEquals(Optional.of("https://example.test/\u00e9"), reference.url());
  }

  @Test
  void read_manyEntries_allMapped() {
    String value = IntStream.range(0, 50_000)
        .mapToObj(i -> "{\"source_name\": \"s" + i + "\", \"external_id\": \"E" + i + "\"}")
        .collect(Collectors.joining(", ", "[", "]"));

    StixBundle bundle = read(technique("external_references", value));

    List<ExternalReference> references = bundle.objects().get(0).externalReferences();
    assertTrue(bundle.report().isEmpty());
    assertEquals(50_000, references.size());
    assertEquals("s49999", references.get(49_999).sourceName());
  }

  @Test
  void read_badEntryAfterManyGood() {
    String value = IntStream.range(0, 1000)
        .mapToObj(i -> i == 777 ? "{\"object_ref\": \"x--1\"}"
            : "{\"object_ref\": \"x--" + i + "\", \"object_modified\": "
                + "\"2024-01-01T00:00:00.000Z\"}")
        .collect(Collectors.joining(", ", "[", "]"));
    String collection = "{\"type\": \"x-mitre-collection\", \"id\": \"x-mitre-collection--1\", "
        + "\"x_mitre_contents\": " + value + "}";

    StixBundle bundle = read(collection);

    Problem problem = onlyProblem(bundle);
    assertEquals("/objects/0/x_mitre_contents/777", problem.pointer().orElseThrow());
    assertEquals(List.of(), ((Collection) bundle.objects().get(0)).contents());
    assertEquals(tree(value), bundle.objects().get(0).extraProperties().get("x_mitre_contents"));
  }

  @Test
  void read_unknownKeyInEveryProperty() {
    String analytic = """
        {"type": "x-mitre-analytic", "id": "x-mitre-analytic--1",
         "x_mitre_log_source_references": [
           {"x_mitre_data_component_ref": "x-mitre-data-component--1",
           "name": "n", "channel": "c", "extra": [1, {"deep": true}]}],
         "x_mitre_mutable_elements": [{"field": "f", "description": "d", "x": 1.50}]}""";

    StixBundle bundle = read(analytic);

    Analytic value = (Analytic) bundle.objects().get(0);
    assertTrue(bundle.report().isEmpty(), bundle.report().problems().toString());
    assertEquals(List.of(LogSourceReference.of("x-mitre-data-component--1", "n", "c")),
        value.logSourceReferences());
    assertEquals(List.of(MutableElement.of("f", "d")), value.mutableElements());
    assertEquals("1.50", value.extraProperties().get("x_mitre_mutable_elements").get(0).get("x")
        .decimalValue().toPlainString());
    assertTrue(value.extraProperties().get("x_mitre_log_source_references").get(0).get("extra")
        .get(1).get("deep").booleanValue());
  }

  @Test
  void read_logSourcesOfWrongShape() {
    String component = """
        {"type": "x-mitre-data-component", "id": "x-mitre-data-component--1",
         "x_mitre_log_sources": [{"name": "n", "channel": 5}]}""";

    StixBundle bundle = read(component);

    Problem problem = onlyProblem(bundle);
    assertEquals("/objects/0/x_mitre_log_sources/0", problem.pointer().orElseThrow());
    assertTrue(problem.message().contains("\"channel\" must be a string"), problem.message());
    assertEquals(5, bundle.objects().get(0).extraProperties().get("x_mitre_log_sources").get(0)
        .get("channel").intValue());
  }

  @Test
  void read_entriesNotAnArray_reportedAtValue() {
    String object = technique("external_references", "{\"source_name\": \"s\"}");

    StixBundle bundle = read(object);

    Problem problem = onlyProblem(bundle);
    assertEquals("/objects/0/external_references", problem.pointer().orElseThrow());
    assertEquals(2, problem.line().orElseThrow());
    assertEquals(object.indexOf("{\"source_name\"") + 1, problem.column().orElseThrow());
    assertEquals(tree("{\"source_name\": \"s\"}"),
        bundle.objects().get(0).extraProperties().get("external_references"));
  }

  @Test
  void read_nestedArrayInStrings() {
    String object = technique("x_mitre_platforms", "[\"Linux\", [\"Windows\"]]");

    StixBundle bundle = read(object);

    Problem problem = onlyProblem(bundle);
    assertEquals("/objects/0/x_mitre_platforms", problem.pointer().orElseThrow());
    assertEquals(2, problem.line().orElseThrow());
    assertEquals(object.indexOf("[\"Linux\"") + 1, problem.column().orElseThrow());
  }

  @Test
  void read_duplicateKeyInEntry_reportedNotDropped() {
    String value = "[{\"source_name\": \"first\", \"source_name\": \"second\"}]";

    StixBundle bundle = read(technique("external_references", value));

    Problem problem = onlyProblem(bundle);
    assertEquals("/objects/0/external_references/0/source_name", problem.pointer().orElseThrow());
    assertEquals(Problem.Severity.WARNING, problem.severity());
    assertTrue(problem.message().contains("duplicate key \"source_name\""), problem.message());
    assertEquals(2, problem.line().orElseThrow());
    assertEquals("second", bundle.objects().get(0).externalReferences().get(0).sourceName());
  }

  @Test
  void read_duplicateProperty_reportedNotDropped() {
    String object = "{\"type\": \"tool\", \"id\": \"tool--1\", \"name\": \"first\", "
        + "\"name\": \"second\"}";

    StixBundle bundle = read(object);

    Problem problem = onlyProblem(bundle);
    assertEquals("/objects/0/name", problem.pointer().orElseThrow());
    assertEquals(object.indexOf("\"second\"") + 1, problem.column().orElseThrow());
    assertTrue(problem.message().contains("duplicate key \"name\""), problem.message());
    assertEquals("second", bundle.objects().get(0).name());
  }

  @Test
  void read_duplicateUnknownKey_reportedWithEscapedPointer() {
    String object = "{\"type\": \"tool\", \"id\": \"tool--1\", \"x/y~\": 1, \"x/y~\": 2, "
        + "\"external_references\": [{\"source_name\": \"s\", \"a/b\": 1, \"a/b\": 2}]}";

    StixBundle bundle = read(object);

    List<String> pointers = bundle.report().problems().stream()
        .map(problem -> problem.pointer().orElseThrow()).toList();
    assertEquals(List.of("/objects/0/x~1y~0", "/objects/0/external_references/0/a~1b"), pointers);
    assertEquals(2, bundle.objects().get(0).extraProperties().get("x/y~").intValue());
  }

  @Test
  void read_duplicateKeysInNestedValues() {
    String object = "{\"type\": \"marking-definition\", \"id\": \"marking-definition--1\", "
        + "\"definition\": {\"statement\": \"a\", \"statement\": \"b\"}, "
        + "\"x_custom\": [{\"k\": {\"a\": 1, \"a\": [2]}}], "
        + "\"aliases\": [\"x\", {\"b\": 1, \"b\": 2}], "
        + "\"external_references\": [{\"source_name\": \"s\", \"hashes\": {\"h\": 1, \"h\": 2}},"
        + " 5, {\"c\": 1, \"c\": 2}]}";

    StixBundle bundle = read(object);

    List<String> duplicates = bundle.report().problems().stream()
        .filter(problem -> problem.message().startsWith("duplicate key"))
        .map(problem -> problem.pointer().orElseThrow()).toList();
    assertEquals(List.of("/objects/0/definition/statement", "/objects/0/x_custom/0/k/a",
        "/objects/0/aliases/1/b", "/objects/0/external_references/0/hashes/h",
        "/objects/0/external_references/2/c"), duplicates);
  }

  @Test
  void read_duplicateBundleKeys_reported() {
    String json = "{\"type\": \"bundle\", \"id\": \"bundle--1\", \"objects\": "
        + "[{\"type\": \"tool\", \"id\": \"tool--1\"}], \"id\": \"bundle--2\", "
        + "\"objects\": [{\"type\": \"tool\", \"id\": \"tool--2\"}]}";

    StixBundle bundle = StixReader.lenient().read(json.getBytes(StandardCharsets.UTF_8), "e.json");

    List<String> pointers = bundle.report().problems().stream()
        .map(problem -> problem.pointer().orElseThrow()).toList();
    assertEquals(List.of("/id", "/objects"), pointers);
    assertEquals(2, bundle.objects().size());
    assertEquals(Optional.of("bundle--2"), bundle.bundleId());
  }

  @Test
  void strictRead_duplicateKey_throws() {
    String json = HEAD + technique("kill_chain_phases",
        "[{\"kill_chain_name\": \"k\", \"phase_name\": \"p\", \"phase_name\": \"q\"}]")
        + "]}";

    InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidInputException.class,
        () -> StixReader.strict().read(json.getBytes(StandardCharsets.UTF_8), "e.json"));

    assertEquals("/objects/0/kill_chain_phases/0/phase_name", e.problem().pointer().orElseThrow());
  }

  @Test
  void read_entriesThroughBytesStreamAndGzip_identical() throws IOException {
    String value = "[{\"source_name\": \"s\", \"url\": null}, {\"source_name\": 3}, [], null]";
    byte[] json = (HEAD + technique("external_references", value) + "\n]}")
        .getBytes(StandardCharsets.UTF_8);

    StixBundle bytes = StixReader.lenient().read(json, "e.json");
    StixBundle stream = StixReader.lenient().read(new ByteArrayInputStream(json), "e.json");
    StixBundle gzip = StixReader.lenient().read(Fuzzer.gzip(json), "e.json");

    assertEquals(bytes, stream);
    assertEquals(bytes, gzip);
  }
}

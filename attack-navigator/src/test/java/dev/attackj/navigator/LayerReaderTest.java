package dev.attackj.navigator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attackj.core.Fuzzer;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import dev.attackj.core.TestData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LayerReaderTest {

  private static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.walk(TestData.file("navigator"))) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void read_everySampleUpgradesAndRoundTrips() throws IOException {
    List<Path> samples = samples();

    assertEquals(7, samples.size());
    for (Path sample : samples) {
      LayerFile file = LayerReader.strict().read(sample);
      Layer layer = file.layer();
      String written = LayerWriter.toJson(layer);
      Layer reread = LayerReader.strict().read(written, "written").layer();

      assertEquals("4.5", layer.versions().layer(), sample.toString());
      assertEquals("enterprise-attack", layer.domain(), sample.toString());
      assertFalse(file.hasProblems(), file.problems().toString());
      assertTrue(file.problems().stream().anyMatch(p -> p.message().contains("upgraded")));
      assertEquals(layer, reread, sample.toString());
      assertTrue(written.contains("\"layer\": \"4.5\""), sample.toString());
      assertFalse(written.contains("mitre-enterprise"), sample.toString());
      assertFalse(written.contains("\"stages\""), sample.toString());
    }
  }

  @Test
  void read_notesEachUpgradeStep() throws IOException {
    Path sample = TestData.file("navigator/ATTACKcon 2018/Black_Pins.json");

    LayerFile file = LayerReader.lenient().read(sample);

    List<String> notes = file.problems().stream().map(Problem::message)
        .collect(Collectors.toList());
    assertTrue(notes.contains("moved layer format version \"3.0\" from \"version\" to"
        + " \"versions.layer\""), notes.toString());
    assertTrue(notes.contains("renamed domain \"mitre-enterprise\" to \"enterprise-attack\""));
    assertTrue(notes.stream().anyMatch(note -> note.startsWith("removed the \"stages\"")));
    assertTrue(file.problems().stream()
        .allMatch(problem -> problem.severity() == Problem.Severity.INFO));
    Problem domain = file.problems().stream()
        .filter(problem -> problem.message().startsWith("renamed domain")).findFirst()
        .orElseThrow();
    assertEquals(Optional.of("/domain"), domain.pointer());
    assertEquals(Optional.of(4), domain.line());
  }

  @Test
  void read_sampleKeepsScoresAndColors() throws IOException {
    Path sample = TestData.file("navigator/heatmap_layer.json");

    Layer layer = LayerReader.strict().read(sample).layer();

    assertEquals(428, layer.techniques().size());
    assertEquals(Optional.of(new BigDecimal("20")), layer.techniques().get(0).score());
    assertEquals(Sorting.SCORE_DESCENDING, layer.sorting());
  }

  @Test
  void read_oldFormatOne() {
    String json = "{\"version\": \"1.0\", \"name\": \"old\", \"domain\": \"mitre-mobile\","
        + " \"viewFullTable\": false, \"filters\": {\"stages\": [\"act\"],"
        + " \"platforms\": [\"android\", \"ios\"]},"
        + " \"techniques\": [{\"techniqueID\": \"T1404\", \"score\": 50}]}";

    LayerFile file = LayerReader.lenient().read(json, "old.json");

    Layer layer = file.layer();
    assertEquals("mobile-attack", layer.domain());
    assertEquals(List.of("Android", "iOS"), layer.filters().platforms());
    assertTrue(layer.layout().showId());
    assertFalse(layer.layout().showName());
    assertEquals(Versions.NAVIGATOR, layer.versions().navigator());
    assertFalse(file.hasProblems());
  }

  @Test
  void read_nonTextPlatformsReported() {
    String json = "{\"name\": \"x\", \"domain\": \"enterprise-attack\", \"filters\": "
        + "{\"platforms\": [42, {\"os\": \"linux\"}, \"windows\", \"Windows\"]}}";

    LayerFile file = LayerReader.lenient().read(json, "platforms.json");

    List<String> warnings = file.problems().stream()
        .filter(p -> p.severity() == Problem.Severity.WARNING)
        .map(p -> p.pointer().orElse("") + " " + p.message()).collect(Collectors.toList());
    assertEquals(List.of(
        "/filters/platforms/0 platform must be a string and was 42; it is ignored",
        "/filters/platforms/1 platform must be a string and was {\"os\":\"linux\"};"
            + " it is ignored"), warnings);
    assertEquals(List.of("Windows"), file.layer().filters().platforms());
  }

  @Test
  void read_sortingOutsideIntRangeRejected() {
    String json = "{\"name\": \"x\", \"domain\": \"enterprise-attack\", "
        + "\"sorting\": 4294967297}";

    LayerFile file = LayerReader.lenient().read(json, "sorting.json");

    assertEquals(Sorting.NAME_ASCENDING, file.layer().sorting());
    assertEquals(List.of("sorting must be 0, 1, 2 or 3 and was 4294967297; 0 is used"),
        file.problems().stream().filter(p -> p.severity() == Problem.Severity.WARNING)
            .map(Problem::message).collect(Collectors.toList()));
  }

  @Test
  void read_sortingWithZeroFractionAccepted() {
    String json = "{\"name\": \"x\", \"domain\": \"enterprise-attack\", \"sorting\": 2.0}";

    Layer layer = LayerReader.strict().read(json, "sorting.json").layer();

    assertEquals(Sorting.SCORE_ASCENDING, layer.sorting());
  }

  @Test
  void read_viewModeMini() {
    String json = "{\"version\": \"2.2\", \"name\": \"x\", \"domain\": \"mitre-enterprise\","
        + " \"viewMode\": 2}";

    Layer layer = LayerReader.lenient().read(json, "x.json").layer();

    assertEquals(MatrixLayout.MINI, layer.layout().layout());
    assertFalse(layer.layout().showName());
  }

  @Test
  void read_keepsUnknownFields() {
    String json = "{\"name\": \"x\", \"domain\": \"enterprise-attack\","
        + " \"versions\": {\"layer\": \"4.5\", \"navigator\": \"5.2.0\", \"attack\": \"18\"},"
        + " \"custom\": {\"a\": [1, 2.50]},"
        + " \"gradient\": {\"colors\": [\"#fff\", \"#000\"], \"minValue\": 0,"
        + " \"maxValue\": 1, \"note\": \"g\"},"
        + " \"legendItems\": [{\"label\": \"l\", \"color\": \"red\", \"id\": 3}],"
        + " \"techniques\": [{\"techniqueID\": \"T1059\", \"mine\": true, \"score\": 2.50}]}";

    Layer layer = LayerReader.strict().read(json, "x.json").layer();
    String written = LayerWriter.toJson(layer);

    assertTrue(layer.extraFields().containsKey("custom"));
    assertTrue(layer.techniques().get(0).extraFields().containsKey("mine"));
    assertTrue(layer.gradient().extraFields().containsKey("note"));
    assertEquals(new BigDecimal("2.50"),
        layer.extraFields().get("custom").get("a").get(1).decimalValue());
    assertTrue(layer.legendItems().get(0).extraFields().containsKey("id"));
    assertTrue(written.contains("\"custom\": {"), written);
    assertTrue(written.contains("2.50"), written);
    assertEquals(layer, LayerReader.strict().read(written, "again").layer());
  }

  @Test
  void read_keepsUnknownFieldsOfMetadataAndLinks() throws IOException {
    String json = "{\"name\": \"x\", \"domain\": \"enterprise-attack\","
        + " \"versions\": {\"layer\": \"4.5\", \"navigator\": \"5.2.0\", \"attack\": \"18\"},"
        + " \"metadata\": [{\"name\": \"n\", \"value\": \"v\", \"source\": \"other\"},"
        + " {\"divider\": true, \"style\": \"dashed\"}],"
        + " \"techniques\": [{\"techniqueID\": \"T1059\","
        + " \"links\": [{\"label\": \"l\", \"url\": \"https://example.org\","
        + " \"rank\": [1, 2.50]}]}]}";

    Layer layer = LayerReader.strict().read(json, "x.json").layer();
    String written = LayerWriter.toJson(layer);

    assertEquals("other", layer.metadata().get(0).extraFields().get("source").asText());
    assertEquals("dashed", layer.metadata().get(1).extraFields().get("style").asText());
    assertTrue(layer.metadata().get(1).isDivider());
    assertEquals(new BigDecimal("2.50"), layer.techniques().get(0).links().get(0).extraFields()
        .get("rank").get(1).decimalValue());
    JsonNode tree = new ObjectMapper().readTree(written);
    assertEquals(List.of("name", "value", "source"), fieldNames(tree.at("/metadata/0")));
    assertEquals(List.of("divider", "style"), fieldNames(tree.at("/metadata/1")));
    assertEquals(List.of("label", "url", "rank"),
        fieldNames(tree.at("/techniques/0/links/0")));
    assertTrue(written.contains("2.50"), written);
    assertEquals(layer, LayerReader.strict().read(written, "again").layer());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void read_listOfLayers() {
    String json = "[{\"name\": \"a\", \"domain\": \"enterprise-attack\"},"
        + " {\"name\": \"b\", \"domain\": \"ics-attack\"}]";

    LayerFile file = LayerReader.strict().read(json, "two.json");

    assertEquals(2, file.layers().size());
    assertEquals("ics-attack", file.layers().get(1).domain());
    assertThrows(IllegalStateException.class, file::layer);
  }

  @Test
  void read_wrongTypeNamesPlace() {
    String json = "{\n  \"name\": \"x\",\n  \"domain\": \"enterprise-attack\",\n"
        + "  \"techniques\": [\n    {\"techniqueID\": \"T1059\", \"score\": \"high\"}\n  ]\n}";

    LayerFile file = LayerReader.lenient().read(json, "x.json");

    Problem problem = file.problems().stream()
        .filter(p -> p.severity() == Problem.Severity.WARNING).findFirst().orElseThrow();
    assertEquals("x.json", problem.file());
    assertEquals(Optional.of("/techniques/0/score"), problem.pointer());
    assertEquals(Optional.of(5), problem.line());
    assertEquals(Optional.of("T1059"), problem.objectId());
    assertEquals(Optional.empty(), file.layer().techniques().get(0).score());
  }

  @Test
  void read_strictMissingTechniqueId() {
    String json = "{\"name\": \"x\", \"domain\": \"enterprise-attack\","
        + " \"techniques\": [{\"score\": 1}]}";

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> LayerReader.strict().read(json, "x.json"));

    assertEquals(Optional.of("/techniques/0/techniqueID"), error.problem().pointer());
  }

  @Test
  void read_malformedJsonNamesLineAndColumn() {
    String json = "{\n  \"name\": \"x\",\n  \"techniques\": [{\"techniqueID\": }]}";

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> LayerReader.lenient().read(json, "bad.json"));

    assertEquals("bad.json", error.problem().file());
    assertEquals(Optional.of(3), error.problem().line());
    assertTrue(error.problem().column().isPresent());
    assertEquals(Optional.of("/techniques/0/techniqueID"), error.problem().pointer());
  }

  @Test
  void read_rootMustBeObjectOrList() {
    assertThrows(InvalidInputException.class,
        () -> LayerReader.lenient().read("42", "number.json"));
  }

  @Test
  @Timeout(20)
  void read_longPropertyNameOverLargeArray_boundedTime() {
    String json = "{\"name\": \"x\", \"domain\": \"enterprise-attack\", \"" + "k".repeat(40_000)
        + "\": [" + "0,".repeat(200_000) + "0]}";

    LayerFile file = LayerReader.lenient().read(json, "long-name.json");

    assertEquals("x", file.layer().name());
  }

  @Test
  void read_moreValuesThanLimit_failsNamingLimit() {
    LayerReader reader = LayerReader.lenient()
        .withLimits(ReadLimits.builder().maxObjects(10).build());
    String json = "{\"name\": \"x\", \"techniques\": [" + "{},".repeat(20) + "{}]}";

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> reader.read(json, "many.json"));

    assertTrue(e.getMessage().contains("maxObjects = 10"), e.getMessage());
  }

  @Test
  void read_gzipBomb_failsNamingLimit() {
    byte[] bomb = Fuzzer.gzip(("[" + " ".repeat(64 << 20) + "]").getBytes(UTF_8));

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> LayerReader.lenient().read(bomb, "bomb.json.gz"));

    assertTrue(e.getMessage().contains("maxInflationRatio"), e.getMessage());
  }

  @Test
  void read_numberLongerThanReadable_rejected() {
    String json = "{\"name\": \"x\", \"domain\": \"enterprise-attack\", \"techniques\": "
        + "[{\"techniqueID\": \"T1059\", \"score\": 1e-1000}]}";

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> LayerReader.lenient().read(json, "long.json"));

    assertEquals("score must have at most 1000 characters when written out: 1e-1000",
        error.problem().message());
  }

  @Test
  @Timeout(10)
  void read_scoreWithHugeExponentRejected() {
    String json = "{\"name\": \"x\", \"domain\": \"enterprise-attack\", \"techniques\": "
        + "[{\"techniqueID\": \"T1059\", \"score\": 1e999999999}]}";

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> LayerReader.lenient().read(json, "huge.json"));

    assertEquals("score must have at most 1000 digits before and 1000 after the decimal point: "
        + "1e999999999", error.problem().message());
    assertEquals(Optional.of("/techniques/0/score"), error.problem().pointer());
    assertEquals(Optional.of(1), error.problem().line());
  }

  @Test
  @Timeout(10)
  void read_numberWithTinyExponentRejected() {
    String json = "{\"name\": \"x\", \"domain\": \"enterprise-attack\", \"gradient\": "
        + "{\"colors\": [\"#ffffff\", \"#000000\"], \"minValue\": 1e-999999999, "
        + "\"maxValue\": 1}}";

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> LayerReader.lenient().read(json, "tiny.json"));

    assertTrue(error.problem().message().startsWith("minValue must have at most 1000 digits"),
        error.problem().message());
    assertEquals(Optional.of("/gradient/minValue"), error.problem().pointer());
  }

  @Test
  void read_largestFittingExponentNormalised() {
    String json = "{\"name\": \"x\", \"domain\": \"enterprise-attack\", \"techniques\": "
        + "[{\"techniqueID\": \"T1059\", \"score\": 1e999}]}";

    Layer layer = LayerReader.lenient().read(json, "large.json").layer();

    assertEquals(Optional.of(BigDecimal.TEN.pow(999)), layer.techniques().get(0).score());
  }
}

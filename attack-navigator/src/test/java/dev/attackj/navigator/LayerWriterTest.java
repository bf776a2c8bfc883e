package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

class LayerWriterTest {

  private static final Layer LAYER = Layer.builder().name("Écrit ✓").domain("enterprise-attack")
      .addTechnique(TechniqueEntry.builder().techniqueId("T1059").tactic("execution")
          .score(new BigDecimal("3")).addLink(Link.of("a", "https://example.org"))
          .addLink(Link.divider()).build())
      .addTechnique(TechniqueEntry.builder().techniqueId("T1003")
          .score(new BigDecimal("2.50")).addMetadata(Metadata.of("k", "v")).build())
      .build();

  @Test
  void toJson_topLevelKeysInNavigatorOrder() {
    String json = LayerWriter.toJson(LAYER);

    List<String> keys = new ArrayList<>();
    Matcher key = Pattern.compile("(?m)^\t\"(\\w+)\":").matcher(json);
    while (key.find()) {
      keys.add(key.group(1));
    }
    assertEquals(List.of("name", "versions", "domain", "description", "filters", "sorting",
        "layout", "hideDisabled", "techniques", "gradient", "legendItems", "metadata", "links",
        "showTacticRowBackground", "tacticRowBackground", "selectTechniquesAcrossTactics",
        "selectSubtechniquesWithParent", "selectVisibleTechniques"), keys);
  }

  @Test
  void toJson_scoresStayIntegersOrFractions() {
    String json = LayerWriter.toJson(LAYER);

    assertTrue(json.contains("\"score\": 3,"), json);
    assertTrue(json.contains("\"score\": 2.50,"), json);
    assertTrue(json.contains("\"minValue\": 0,"), json);
  }

  @Test
  void toJson_dividersAndVersions() {
    String json = LayerWriter.toJson(LAYER);

    assertTrue(json.contains("{\n\t\t\t\t\t\"divider\": true\n\t\t\t\t}"), json);
    assertTrue(json.contains("\"layer\": \"4.5\""), json);
  }

  @Test
  void write_utf8File(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("layer.json");

    LayerWriter.write(LAYER, file);

    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains("Écrit ✓"));
    assertEquals(LAYER, LayerReader.strict().read(file).layer());
  }

  @Test
  void toJson_listOfLayers() {
    String json = LayerWriter.toJson(List.of(LAYER, Layer.of("b", "mobile-attack")));

    assertEquals(2, LayerReader.strict().read(json, "list").layers().size());
  }

  @Test
  @Timeout(10)
  void toJson_hugeExponentScoreInScientificNotation() {
    Layer layer = Layer.builder().name("huge").domain("enterprise-attack")
        .addTechnique(TechniqueEntry.builder().techniqueId("T1059")
            .score(new BigDecimal("1e999999999")).build())
        .build();

    String json = LayerWriter.toJson(layer);

    assertTrue(json.contains("\"score\": 1E+999999999"), json);
  }
}

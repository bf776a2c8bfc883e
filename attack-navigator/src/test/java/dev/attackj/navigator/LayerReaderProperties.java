package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attackj.core.FuzzSeeds;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.JsonArbitraries;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.StixReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LayerReaderProperties {

  private static final KnowledgeBase KB = KnowledgeBase.of(
      StixReader.lenient().read(FuzzSeeds.smallBundle(), "small-bundle.json"));

  @Provide
  Arbitrary<String> layers() {
    Arbitrary<String> technique = Combinators.combine(JsonArbitraries.keys(),
        JsonArbitraries.values(2)).as((key, value) -> "{\"techniqueID\": \"T1059\", "
            + JsonArbitraries.quote(key) + ": " + value + "}");
    Arbitrary<String> field = Combinators.combine(JsonArbitraries.keys(),
        JsonArbitraries.values(3)).as((key, value) -> JsonArbitraries.quote(key) + ": " + value);
    Arbitrary<String> version = Arbitraries.of("\"4.5\"", "\"4.0\"", "\"3.0\"", "\"2.2\"",
        "\"1.0\"", "4.5", "null", "\"99\"");
    return Combinators.combine(version, technique.list().ofMaxSize(4), field.list().ofMaxSize(6))
        .as((v, techniques, fields) -> "{\"name\": \"n\", \"versions\": {\"layer\": " + v
            + "}, \"domain\": \"enterprise-attack\", \"techniques\": ["
            + String.join(", ", techniques) + "]"
            + fields.stream().map(f -> ", " + f).reduce("", String::concat) + "}");
  }

  @Property(tries = 300)
  void read_fieldsOfAnyType_loadWriteAndRenderSafely(@ForAll("layers") String json)
      throws Exception {
    LayerFile file;
    try {
      file = LayerReader.lenient().read(json, "property.json");
    } catch (InvalidInputException e) {
      assertEquals("property.json", e.problem().file());
      return;
    }

    for (Layer layer : file.layers()) {
      Layer reread = LayerReader.strict().read(LayerWriter.toJson(layer), "again").layer();
      assertEquals(layer, reread);
      SafeSvg.check(LayerRenderer.of(KB).svg(layer));
    }
  }
}

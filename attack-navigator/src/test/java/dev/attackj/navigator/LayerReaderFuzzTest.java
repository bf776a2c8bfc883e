package dev.attackj.navigator;

import dev.attackj.core.FuzzSeeds;
import dev.attackj.core.Fuzzer;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.StixReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerReaderFuzzTest {

  static final List<byte[]> SEEDS = List.of(seed("layer-4.5.json"), seed("layer-3.0.json"),
      seed("layers-list.json"));

  private static final KnowledgeBase KB = KnowledgeBase.of(
      StixReader.lenient().read(FuzzSeeds.smallBundle(), "small-bundle.json"));

  static byte[] seed(String name) {
    try (InputStream in = LayerReaderFuzzTest.class.getResourceAsStream("fuzz/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void lenientRead_mutatedLayers_loadOrFailDocumented() {
    Fuzzer fuzzer = Fuzzer.of("layer-lenient", SEEDS).withGzip();

    fuzzer.run((bytes, source) -> LayerReader.lenient().read(bytes, source));
  }

  @Test
  void strictRead_mutatedLayers_loadOrFailDocumented() {
    Fuzzer fuzzer = Fuzzer.of("layer-strict", SEEDS);

    fuzzer.run((bytes, source) -> LayerReader.strict().read(bytes, source));
  }

  @Test
  void writeValidateRender_mutatedLayers_neverFail() {
    Fuzzer fuzzer = Fuzzer.of("layer-use", SEEDS).cases(Math.max(50,
        Integer.getInteger("attackj.fuzz.cases", 300) / 3));
    LayerRenderer renderer = LayerRenderer.of(KB);

    fuzzer.run((bytes, source) -> {
      LayerFile file = LayerReader.lenient().read(bytes, source);
      LayerValidator.of(KB).validate(file);
      for (Layer layer : file.layers()) {
        LayerReader.strict().read(LayerWriter.toJson(layer), "rewritten");
        SafeSvg.check(renderer.svg(layer));
      }
    });
  }
}

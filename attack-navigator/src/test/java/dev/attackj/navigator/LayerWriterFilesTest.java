package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerWriterFilesTest {

  @Test
  void write_leavesOnlyTheLayerFiles(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("layer.json");
    Layer layer = Layer.builder().name("x").domain("enterprise-attack").build();

    LayerWriter.write(layer, file);
    LayerWriter.write(List.of(layer, layer), folder.resolve("both.json"));

    assertEquals(layer, LayerReader.strict().read(file).layer());
    assertEquals(2, LayerReader.strict().read(folder.resolve("both.json")).layers().size());
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of("both.json", "layer.json"), files
          .map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList()));
    }
  }
}

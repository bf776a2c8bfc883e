package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void write_failureMidway_keepsPreviousFile(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("layer.json");
    Files.writeString(file, "previous");

    assertThrows(IOException.class, () -> AtomicFiles.write(file, output -> {
      output.write("half of a new fi".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));

    assertEquals("previous", Files.readString(file));
    assertEquals(List.of("layer.json"), names(folder));
  }

  @Test
  void write_failureMidway_leavesNoFile(@TempDir Path folder) {
    Path file = folder.resolve("new.svg");

    assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, output -> {
      output.write('<');
      throw new IllegalStateException("rendering failed");
    }));

    assertFalse(Files.exists(file));
  }

  @Test
  void write_replacesExistingFile(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("layer.json");
    Files.writeString(file, "previous");

    AtomicFiles.write(file, output -> output.write("new".getBytes(StandardCharsets.UTF_8)));

    assertEquals("new", Files.readString(file));
    assertEquals(List.of("layer.json"), names(folder));
  }

  @Test
  void layerWriter_writesThroughTemporaryFile(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("layer.json");
    Layer layer = Layer.builder().name("x").domain("enterprise-attack").build();

    LayerWriter.write(layer, file);
    LayerWriter.write(List.of(layer, layer), folder.resolve("both.json"));

    assertEquals(layer, LayerReader.strict().read(file).layer());
    assertEquals(2, LayerReader.strict().read(folder.resolve("both.json")).layers().size());
    assertEquals(List.of("both.json", "layer.json"), names(folder));
  }
}

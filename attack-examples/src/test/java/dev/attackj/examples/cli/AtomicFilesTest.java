package dev.attackj.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @Test
  void writeString_replacesFileAndLeavesNoTemporary(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("layer.json");
    Files.writeString(file, "previous");

    AtomicFiles.writeString(file, "{\"name\": \"\u00e7\"}");

    assertEquals("{\"name\": \"\u00e7\"}", Files.readString(file));
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of("layer.json"), files.map(f -> f.getFileName().toString())
          .collect(Collectors.toList()));
    }
  }

  @Test
  void writeString_relativePath_writesInWorkingFolder(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("sub").resolve("out.svg");
    Files.createDirectories(file.getParent());

    AtomicFiles.writeString(file, "<svg/>");

    assertEquals("<svg/>", Files.readString(file));
  }
}

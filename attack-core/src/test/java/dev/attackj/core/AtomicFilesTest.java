package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
  void writeString_replacesFileAndLeavesNoTemporary(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("layer.json");
    Files.writeString(file, "previous");

    AtomicFiles.writeString(file, "{\"name\": \"\u00e7\"}");

    assertEquals("{\"name\": \"\u00e7\"}", Files.readString(file));
    assertEquals(List.of("layer.json"), names(folder));
  }

  @Test
  void write_newFileGetsDefaultPermissions(@TempDir Path folder) throws IOException {
    assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.createFile(folder.resolve("plain.txt"));
    Path written = folder.resolve("written.txt");

    AtomicFiles.writeString(written, "text");
    Path directory = AtomicFiles.createTemporaryDirectory(folder, ".staging-");

    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
    assertEquals(Files.getPosixFilePermissions(Files.createDirectory(folder.resolve("plain"))),
        Files.getPosixFilePermissions(directory));
  }
}

package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void sanitize_hostileNames_stayPlainNames() {
    assertEquals("etc_x.json", FileNames.sanitize("../../etc/x", ".json"));
    assertEquals("etc_passwd.json", FileNames.sanitize("/etc/passwd", ".json"));
    assertEquals("script.json", FileNames.sanitize("<script>", ".json"));
    assertEquals("C_Windows_x.svg", FileNames.sanitize("C:\\Windows\\x", ".svg"));
    assertEquals("unnamed.json", FileNames.sanitize("..", ".json"));
    assertEquals("unnamed.json", FileNames.sanitize("", ".json"));
    assertEquals("rm_-rf.json", FileNames.sanitize("-rm -rf", ".json"));
    assertEquals("onload_alert_1.md", FileNames.sanitize("\" onload=\"alert(1)", ".md"));
  }

  @Test
  void sanitize_reservedDeviceNames_prefixed() {
    assertEquals("file_CON.json", FileNames.sanitize("CON", ".json"));
    assertEquals("file_nul.txt.json", FileNames.sanitize("nul.txt", ".json"));
    assertEquals("file_com1.json", FileNames.sanitize("com1", ".json"));
    assertEquals("CONSOLE.json", FileNames.sanitize("CONSOLE", ".json"));
  }

  @Test
  void sanitize_longName_capped() {
    String name = FileNames.sanitize("G0001-" + "x".repeat(10_000), ".json");

    assertEquals(FileNames.MAX_LENGTH + ".json".length(), name.length());
  }

  @Test
  void unique_namesDifferingInCase_numbered() {
    Set<String> taken = new HashSet<>();

    String first = FileNames.unique("G1-Fin.json", ".json", taken);
    String second = FileNames.unique("G1-FIN.json", ".json", taken);
    String third = FileNames.unique("G1-fin.json", ".json", taken);

    assertEquals("G1-Fin.json", first);
    assertEquals("G1-FIN-2.json", second);
    assertEquals("G1-fin-3.json", third);
  }

  @Test
  void resolveWithin_traversal_rejected() {
    Path folder = Path.of("out");

    assertThrows(IllegalArgumentException.class,
        () -> FileNames.resolveWithin(folder, "../x.json"));
    assertThrows(IllegalArgumentException.class,
        () -> FileNames.resolveWithin(folder, "/etc/x.json"));
    assertTrue(FileNames.resolveWithin(folder, "a.json").startsWith(folder.toAbsolutePath()));
  }
}

package dev.attackj.core.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheLocationTest {

  private static Path directory(String os, Map<String, String> variables) {
    Map<String, String> properties = Map.of("os.name", os, "user.home", "/home/user");
    return CacheLocation.defaultDirectory(properties::get, variables::get);
  }

  @Test
  void defaultDirectory_perPlatform() {
    assertEquals(Path.of("/home/user/.cache/attackj"), directory("Linux", Map.of()));
    assertEquals(Path.of("/xdg/attackj"), directory("Linux", Map.of("XDG_CACHE_HOME", "/xdg")));
    assertEquals(Path.of("/home/user/.cache/attackj"),
        directory("Linux", Map.of("XDG_CACHE_HOME", "relative")));
    assertEquals(Path.of("/home/user/Library/Caches/attackj"), directory("Mac OS X", Map.of()));
    assertEquals(Path.of("C:\\Users\\u\\AppData\\Local", "attackj", "cache"),
        directory("Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\u\\AppData\\Local")));
  }
}

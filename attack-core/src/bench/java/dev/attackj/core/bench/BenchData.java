package dev.attackj.core.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.GZIPInputStream;

/** The Enterprise 18.1 bundle for benchmarks: {@code -Dattack.data=DIR} or ../shared/data. */
final class BenchData {

  private BenchData() {}

  static Path dataFolder() {
    String configured = System.getProperty("attack.data", System.getenv("ATTACK_TEST_DATA"));
    if (configured != null) {
      return Paths.get(configured);
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("benchmark data not found: pass -Dattack.data=DIR "
        + "(the folder holding attack/enterprise-attack-18.1.json.gz)");
  }

  static Path enterpriseGz() {
    return dataFolder().resolve("attack/enterprise-attack-18.1.json.gz");
  }

  /** The uncompressed Enterprise 18.1 bundle. */
  static byte[] enterpriseBytes() throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(enterpriseGz()))) {
      return in.readAllBytes();
    }
  }
}

package dev.attackj.core.bench;

import dev.attackj.core.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** The Enterprise 18.1 bundle for benchmarks: {@code -Dattack.data=DIR} or ../shared/data. */
final class BenchData {

  private BenchData() {}

  static Path dataFolder() {
    return TestData.root().orElseThrow(() -> new IllegalStateException(
        "benchmark data not found: pass -Dattack.data=DIR "
            + "(the folder holding attack/enterprise-attack-18.1.json.gz)"));
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

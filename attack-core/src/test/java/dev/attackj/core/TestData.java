package dev.attackj.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The shared test data folder: the {@code attack.data} system property or {@code
 * ATTACK_TEST_DATA} when set, otherwise the first
 * {@code shared/data} found beside the working directory or one of its parents.
 *
 * <p>A test that needs a file calls {@link #file(String)}; the test is skipped, with a message
 * that names the file and how to provide it, only when the data is absent.
 */
public final class TestData {

  private static final String VARIABLE = "ATTACK_TEST_DATA";
  /** The system property benchmarks take for the folder, before the environment variable. */
  private static final String PROPERTY = "attack.data";

  private TestData() {}

  /** Returns the data folder, or empty when none is found. */
  public static java.util.Optional<Path> root() {
    String configured = System.getProperty(PROPERTY, System.getenv(VARIABLE));
    if (configured != null && !configured.isBlank()) {
      Path path = Paths.get(configured);
      return Files.isDirectory(path) ? java.util.Optional.of(path) : java.util.Optional.empty();
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return java.util.Optional.of(candidate);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * A file or folder under the data folder, for example {@code attack/enterprise-attack-18.1.json.gz}.
   * Skips the calling test when it is absent.
   */
  public static Path file(String relative) {
    Path root = root().orElse(null);
    assumeTrue(root != null, () -> "test data folder not found: set " + VARIABLE
        + " or place the data in ../shared/data beside the project");
    Path path = root.resolve(relative);
    assumeTrue(Files.exists(path), () -> "test data file absent: " + path);
    return path;
  }

  /** The ATT&CK bundle of a domain and release, such as {@code enterprise("18.1")}. */
  public static Path enterprise(String release) {
    return file("attack/enterprise-attack-" + release + ".json.gz");
  }
}

package dev.attackj.navigator.bench;

import dev.attackj.core.Group;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.TestData;
import dev.attackj.navigator.LayerGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A benchmark harness that generates the layer of every group of an ATT&CK bundle and writes
 * them to a temporary folder, then prints the time per round. Loading the bundle is not timed.
 * Run it with {@code ./mvnw -B -pl attack-navigator -am -Pbench verify -DskipTests}. The bundle
 * is the first argument, by default {@code attack/enterprise-attack-18.1.json.gz} in the test
 * data folder ({@code ATTACK_TEST_DATA} or {@code ../shared/data}).
 */
public final class GroupLayersBenchmark {

  private static final int WARMUP_ROUNDS = 5;
  private static final int MEASURED_ROUNDS = 10;

  private GroupLayersBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path bundle = args.length > 0 ? Path.of(args[0]) : TestData.root()
        .map(root -> root.resolve("attack/enterprise-attack-18.1.json.gz"))
        .orElseThrow(() -> new IllegalStateException("benchmark data not found: set "
            + "ATTACK_TEST_DATA or pass the path of enterprise-attack-18.1.json.gz"));
    KnowledgeBase kb = KnowledgeBase.load(bundle);
    List<Group> groups = kb.groups();
    LayerGenerator generator = LayerGenerator.of(kb).withAttackVersion("18.1");
    Path folder = Files.createTempDirectory("group-layers");
    try {
      for (int round = 0; round < WARMUP_ROUNDS; round++) {
        generator.writeEach(groups, folder);
      }
      double[] millis = new double[MEASURED_ROUNDS];
      for (int round = 0; round < MEASURED_ROUNDS; round++) {
        long start = System.nanoTime();
        generator.writeEach(groups, folder);
        millis[round] = (System.nanoTime() - start) / 1e6;
      }
      Arrays.sort(millis);
      System.out.printf(Locale.ROOT, "layers for %d groups generated and written: min %.1f ms,"
          + " median %.1f ms, max %.1f ms over %d rounds (after %d warm-up rounds)%n",
          groups.size(), millis[0], millis[MEASURED_ROUNDS / 2], millis[MEASURED_ROUNDS - 1],
          MEASURED_ROUNDS, WARMUP_ROUNDS);
      System.out.printf(Locale.ROOT, "java %s, %d processors%n",
          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}

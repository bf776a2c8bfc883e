package dev.attackj.core.diff;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.TestData;
import java.util.Arrays;
import java.util.Locale;

/**
 * A timing harness for {@link ReleaseDiff#between}: it loads Enterprise 15.1 and 18.1 once,
 * runs the diff {@value #WARMUP} times to warm up the JIT compiler, then times
 * {@value #MEASURED} runs and prints the minimum, median, 90th percentile and maximum in
 * milliseconds. Loading the bundles is not timed.
 *
 * <p>Run it with {@code ./mvnw -B -pl attack-core -am -Pbench verify}; the {@code bench} profile
 * skips the tests and starts this class in a fresh JVM. It is not a unit test, so the default
 * build never times anything.
 */
public final class ReleaseDiffBenchmark {

  private static final int WARMUP = 10;
  private static final int MEASURED = 30;

  private ReleaseDiffBenchmark() {}

  public static void main(String[] args) throws Exception {
    KnowledgeBase older = KnowledgeBase.load(TestData.enterprise("15.1"));
    KnowledgeBase newer = KnowledgeBase.load(TestData.enterprise("18.1"));
    int changes = 0;
    for (int i = 0; i < WARMUP; i++) {
      changes = ReleaseDiff.between(older, newer).changes().size();
    }

    double[] millis = new double[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long start = System.nanoTime();
      ReleaseDiff diff = ReleaseDiff.between(older, newer);
      millis[i] = (System.nanoTime() - start) / 1e6;
      changes = Math.max(changes, diff.changes().size());
    }
    Arrays.sort(millis);

    System.out.printf(Locale.ROOT, "ReleaseDiff.between enterprise 15.1 -> 18.1 (%d changes), "
        + "%d runs after %d warm-up runs, Java %s, %d processors%n", changes, MEASURED, WARMUP,
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    System.out.printf(Locale.ROOT, "  min %.1f ms, median %.1f ms, p90 %.1f ms, max %.1f ms%n",
        millis[0], millis[MEASURED / 2], millis[(int) (MEASURED * 0.9)], millis[MEASURED - 1]);
  }
}

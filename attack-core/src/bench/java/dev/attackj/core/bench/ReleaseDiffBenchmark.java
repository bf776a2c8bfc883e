package dev.attackj.core.bench;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.diff.ReleaseDiff;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The diff of Enterprise 15.1 and 18.1 with both bundles already loaded; loading is not timed.
 * The target is well under a second per diff.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReleaseDiffBenchmark {

  private KnowledgeBase older;
  private KnowledgeBase newer;

  @Setup
  public void load() throws IOException {
    older = KnowledgeBase.load(
        BenchData.dataFolder().resolve("attack/enterprise-attack-15.1.json.gz"));
    newer = KnowledgeBase.load(BenchData.enterpriseGz());
  }

  @Benchmark
  public ReleaseDiff enterprise15To18() {
    return ReleaseDiff.between(older, newer);
  }
}

package dev.attackj.gap.bench;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.TestData;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.coverage.CoveragePolicy;
import dev.attackj.gap.coverage.CoverageSummary;
import dev.attackj.gap.coverage.TechniqueScope;
import dev.attackj.gap.inventory.Inventory;
import dev.attackj.gap.inventory.InventoryReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Importing the SigmaHQ {@code rules/} folder (about 3,100 YAML files) from disk and computing
 * its coverage against Enterprise 18.1, with files read in parallel and one after another. The
 * knowledge base is loaded once, outside the measurement.
 *
 * <p>Data: {@code -Dattack.data=DIR} or the {@code shared/data} folder beside the project,
 * holding {@code attack/enterprise-attack-18.1.json.gz} and {@code detections/sigma/rules}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBenchmark {

  private KnowledgeBase knowledgeBase;
  private Path rules;
  private TechniqueScope scope;

  @Setup
  public void load() throws IOException {
    Path data = dataFolder();
    knowledgeBase = KnowledgeBase.load(data.resolve("attack/enterprise-attack-18.1.json.gz"));
    rules = data.resolve("detections/sigma/rules");
    scope = TechniqueScope.of(knowledgeBase);
  }

  /** Import with normalisation, coverage and the per-tactic summary, files read in parallel. */
  @Benchmark
  public CoverageSummary importAndCover() {
    Inventory inventory = InventoryReader.create().withKnowledgeBase(knowledgeBase).read(rules);
    return Coverage.compute(inventory, CoveragePolicy.defaults(), knowledgeBase).summarize(scope);
  }

  /** Imports and covers as above, with files read one after another. */
  @Benchmark
  public CoverageSummary importAndCoverSequential() {
    Inventory inventory = InventoryReader.create().withKnowledgeBase(knowledgeBase)
        .withParallelism(false).read(rules);
    return Coverage.compute(inventory, CoveragePolicy.defaults(), knowledgeBase).summarize(scope);
  }

  static Path dataFolder() {
    return TestData.root().orElseThrow(() -> new IllegalStateException(
        "benchmark data not found: pass -Dattack.data=DIR "
            + "(the folder holding attack/ and detections/sigma/rules)"));
  }
}

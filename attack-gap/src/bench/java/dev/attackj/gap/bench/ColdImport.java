package dev.attackj.gap.bench;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.coverage.CoveragePolicy;
import dev.attackj.gap.coverage.CoverageSummary;
import dev.attackj.gap.coverage.TechniqueScope;
import dev.attackj.gap.inventory.Inventory;
import dev.attackj.gap.inventory.InventoryReader;
import java.nio.file.Path;

/**
 * Prints how long importing the SigmaHQ {@code rules/} folder and computing its coverage takes
 * in a fresh JVM, as a command-line user sees it: the first run, before the JIT compiler has
 * warmed up, and the runs after it. The knowledge base is loaded first and not counted.
 *
 * <p>Run: {@code ./mvnw -pl attack-gap -am -Pbench -DskipTests verify
 * -Dbench.main=dev.attackj.gap.bench.ColdImport -Dbench.args=5}, where the argument is the
 * number of runs.
 */
public final class ColdImport {

  private ColdImport() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path data = ImportBenchmark.dataFolder();
    KnowledgeBase knowledgeBase =
        KnowledgeBase.load(data.resolve("attack/enterprise-attack-18.1.json.gz"));
    Path rules = data.resolve("detections/sigma/rules");

    for (int run = 1; run <= runs; run++) {
      long start = System.nanoTime();
      Inventory inventory = InventoryReader.create().withKnowledgeBase(knowledgeBase).read(rules);
      Coverage coverage = Coverage.compute(inventory, CoveragePolicy.defaults(), knowledgeBase);
      CoverageSummary summary = coverage.summarize(TechniqueScope.of(knowledgeBase));
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("run %d: %d ms for %d rules from %d files, %s%n", run, millis,
          inventory.rules().size(), inventory.report().files(), summary.overall());
    }
  }
}

package dev.attackj.examples;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.coverage.CoverageLayer;
import dev.attackj.gap.coverage.CoveragePolicy;
import dev.attackj.gap.coverage.CoverageSummary;
import dev.attackj.gap.coverage.TacticCoverage;
import dev.attackj.gap.coverage.TechniqueScope;
import dev.attackj.gap.inventory.Inventory;
import dev.attackj.gap.inventory.InventoryReader;
import dev.attackj.navigator.LayerWriter;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports a folder of Sigma rules, computes their ATT&CK coverage, prints it by tactic and writes
 * it as a Navigator layer.
 *
 * <p>Run with a bundle, a folder of Sigma rules and an output folder.
 */
public final class SigmaCoverage {

  private SigmaCoverage() {}

  public static void main(String[] args) throws Exception {
    run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), System.out);
  }

  static void run(Path bundle, Path rules, Path folder, PrintStream out) throws Exception {
    KnowledgeBase kb = KnowledgeBase.load(bundle);
    Inventory inventory = InventoryReader.create().withKnowledgeBase(kb).read(rules);
    Coverage coverage = Coverage.compute(inventory, CoveragePolicy.defaults(), kb);

    out.println(inventory);
    CoverageSummary summary = coverage.summarize(TechniqueScope.of(kb));
    out.println(summary.overall());
    for (TacticCoverage tactic : summary.tactics()) {
      out.println("  " + tactic);
    }

    Files.createDirectories(folder);
    Path layer = folder.resolve("sigma-coverage.json");
    LayerWriter.write(CoverageLayer.of(coverage, "Sigma coverage", "enterprise-attack",
        kb.release(), List.of()), layer);
    out.println("layer written to " + layer);
  }
}

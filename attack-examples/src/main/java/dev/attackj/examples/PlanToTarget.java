package dev.attackj.examples;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.coverage.CoveragePolicy;
import dev.attackj.gap.inventory.InventoryReader;
import dev.attackj.gap.plan.PlanWriter;
import dev.attackj.gap.plan.RemediationPlan;
import dev.attackj.gap.plan.RemediationPlanner;
import dev.attackj.gap.plan.Wave;
import dev.attackj.gap.profile.ThreatProfile;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Plans which detections to build so that a threat profile of two groups reaches a target
 * coverage, and writes the plan as Markdown.
 *
 * <p>Run with a bundle, a folder of detection rules, a target in percent and an output folder.
 */
public final class PlanToTarget {

  private PlanToTarget() {}

  public static void main(String[] args) throws Exception {
    run(Path.of(args[0]), Path.of(args[1]), Double.parseDouble(args[2]), Path.of(args[3]),
        System.out);
  }

  static RemediationPlan run(Path bundle, Path rules, double target, Path folder,
      PrintStream out) throws Exception {
    KnowledgeBase kb = KnowledgeBase.load(bundle);
    ThreatProfile profile = ThreatProfile.builder(kb).actors(List.of("FIN7", "APT38")).build();
    Coverage coverage = Coverage.compute(
        InventoryReader.create().withKnowledgeBase(kb).read(rules), CoveragePolicy.defaults(), kb);

    RemediationPlan plan = RemediationPlanner.builder(kb).targetCoverage(target)
        .plan(profile, coverage);

    out.println(plan);
    for (Wave wave : plan.waves()) {
      out.println("  " + wave);
    }
    Files.createDirectories(folder);
    Path markdown = folder.resolve("plan.md");
    Files.writeString(markdown, PlanWriter.markdown(plan));
    out.println("plan written to " + markdown);
    return plan;
  }
}

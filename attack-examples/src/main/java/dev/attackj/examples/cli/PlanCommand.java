package dev.attackj.examples.cli;

import dev.attackj.core.AtomicFiles;
import dev.attackj.gap.analysis.GapAnalysis;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.plan.PlanWriter;
import dev.attackj.gap.plan.RemediationPlan;
import dev.attackj.gap.plan.RemediationPlanner;
import dev.attackj.gap.plan.Wave;
import dev.attackj.gap.profile.ThreatProfile;
import dev.attackj.gap.strategy.Strategy;
import dev.attackj.navigator.LayerWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attack plan}: a remediation plan from the current coverage of a threat profile to a
 * target, written as YAML, JSON or Markdown, with Navigator layers on request.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Plan which gaps to close, in which waves, to reach a target coverage of a "
        + "threat profile.")
final class PlanCommand implements Callable<Integer> {

  @Mixin
  ThreatOptions threat;

  @Mixin
  StrategyOptions strategyOptions;

  @Mixin
  PlanOptions planOptions;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the plan to this file: .yaml or .yml, .json, or .md for Markdown.")
  Path output;

  @Option(names = "--layers", paramLabel = "DIR",
      description = "Write Navigator layers of the profile, its coverage and the planned gaps "
          + "to this folder.")
  Path layers;

  @Mixin
  DataOptions data;

  @Option(names = "--json", description = "Print the plan as one JSON document.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Strategy strategy = strategyOptions.strategy();
    Map<String, String> parameters = strategyOptions.parameters(strategy);
    if (planOptions.target < 0 || planOptions.target > 100) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--target must be from 0 to 100 percent: " + planOptions.target);
    }
    Function<RemediationPlan, String> renderer = output == null ? null : renderer(output);
    ThreatOptions.Inputs inputs = threat.load(data);
    ThreatProfile profile = inputs.profile();
    Coverage coverage = inputs.coverage();
    RemediationPlanner planner = RemediationPlanner.builder(inputs.kb()).strategy(strategy)
        .parameters(parameters).targetCoverage(planOptions.target).waves(planOptions.waves);
    if (planOptions.date != null) {
      planner.assessmentDate(planOptions.date);
    }
    RemediationPlan plan = planner.plan(profile, coverage);

    if (renderer != null) {
      AtomicFiles.writeString(output, renderer.apply(plan));
    }
    if (layers != null) {
      Files.createDirectories(layers);
      LayerWriter.write(PlanWriter.profileLayer(profile), layers.resolve("profile.json"));
      LayerWriter.write(PlanWriter.coverageLayer(GapAnalysis.of(profile, coverage)),
          layers.resolve("coverage.json"));
      LayerWriter.write(PlanWriter.gapsLayer(plan), layers.resolve("gaps.json"));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(plan.toJson());
      out.flush();
      return 0;
    }
    printText(out, plan);
    return 0;
  }

  /** Chooses the plan file's format by its extension, before any work is done. */
  private Function<RemediationPlan, String> renderer(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return PlanWriter::json;
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return PlanWriter::markdown;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return PlanWriter::yaml;
    }
    throw new CommandLine.ParameterException(spec.commandLine(),
        "plan file must end in .yaml, .yml, .json or .md: " + file);
  }

  private void printText(PrintWriter out, RemediationPlan plan) {
    if (plan.currentCoverage() >= plan.targetCoverage()) {
      out.println(String.format(Locale.ROOT, "Plan for %s: the target is already met (current "
          + "%.1f%% >= target %.1f%%); give a higher --target to plan further waves",
          plan.profile(), plan.currentCoverage(), plan.targetCoverage()));
      printWritten(out);
      return;
    }
    out.println(plan);
    out.println("primary threats: " + String.join(", ", plan.primaryThreats()));
    for (Wave wave : plan.waves()) {
      out.println();
      out.println(String.format(Locale.ROOT, "%s: %d gaps, %.1f days, coverage after %.1f%%",
          wave.name(), wave.items().size(), wave.effortDays(), wave.coverageAfter()));
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("rank", "technique", "name", "effort", "data"));
      wave.items().forEach(item -> rows.add(List.of(Integer.toString(item.rank()),
          item.techniqueId(), item.name(), item.effort().toString(),
          String.join(", ", item.dataSources().stream().limit(2).toList()))));
      Output.table(out, rows);
    }
    printWritten(out);
  }

  private void printWritten(PrintWriter out) {
    if (output != null) {
      out.println();
      out.println("plan written to " + output);
    }
    if (layers != null) {
      out.println("layers written to " + layers);
    }
    out.flush();
  }
}

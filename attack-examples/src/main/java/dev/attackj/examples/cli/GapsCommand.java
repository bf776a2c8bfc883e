package dev.attackj.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.gap.analysis.GapAnalysis;
import dev.attackj.gap.analysis.Tally;
import dev.attackj.gap.analysis.TechniqueGap;
import dev.attackj.gap.profile.Mappers;
import dev.attackj.gap.profile.ThreatProfile;
import dev.attackj.gap.strategy.Ranking;
import dev.attackj.gap.strategy.ScoringContext;
import dev.attackj.gap.strategy.Strategy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attack gaps}: a threat profile measured against the coverage of a set of rules, and its
 * uncovered techniques ranked by a strategy.
 */
@Command(name = "gaps", mixinStandardHelpOptions = true,
    description = "Measure a threat profile against detection rules and rank its gaps.")
final class GapsCommand implements Callable<Integer> {

  @Mixin
  ThreatOptions threat;

  @Mixin
  StrategyOptions strategyOptions;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "How many ranked gaps to list, as text or in the \"ranking\" array of "
          + "--json (default: ${DEFAULT-VALUE}).")
  int top;

  @Mixin
  DataOptions data;

  @Option(names = "--json", description = "Print the gap analysis and the ranking as one JSON "
      + "document.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Strategy strategy = strategyOptions.strategy();
    Map<String, String> parameters = strategyOptions.parameters(strategy);
    ThreatOptions.Inputs inputs = threat.load(data);
    ThreatProfile profile = inputs.profile();
    GapAnalysis analysis = GapAnalysis.of(profile, inputs.coverage());
    ScoringContext context = ScoringContext.builder().knowledgeBase(inputs.kb()).profile(profile)
        .coverage(inputs.coverage()).parameters(parameters)
        .techniqueIds(analysis.uncovered().stream().map(TechniqueGap::techniqueId).toList())
        .build();
    Ranking ranking = Ranking.of(strategy, context);

    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode document = Mappers.json().valueToTree(analysis);
      document.setAll((ObjectNode) Mappers.json().valueToTree(ranking));
      Output.json(out, RankCommand.limitRanking(document, top));
      return 0;
    }
    printText(out, profile, analysis, ranking);
    return 0;
  }

  private void printText(
      PrintWriter out, ThreatProfile profile, GapAnalysis analysis, Ranking ranking) {
    out.println(profile);
    profile.problems().forEach(problem -> out.println("  " + problem));
    out.println("overall: " + analysis.overall());
    out.println();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("tactic", "covered", "partial", "gaps", "covered %"));
    analysis.byTactic().forEach((tactic, tally) -> rows.add(row(tactic, tally)));
    Output.table(out, rows);
    out.println();

    List<List<String>> actors = new ArrayList<>();
    actors.add(List.of("actor", "covered", "partial", "gaps", "covered %"));
    analysis.byActor().forEach((id, tally) -> actors.add(row(
        profile.actor(id).map(Object::toString).orElse(id), tally)));
    Output.table(out, actors);
    out.println();

    out.println("gaps ranked by " + ranking.strategy() + ":");
    RankCommand.printRanking(out, ranking.top(top));
  }

  private static List<String> row(String label, Tally tally) {
    return List.of(label, Integer.toString(tally.covered()), Integer.toString(tally.partial()),
        Integer.toString(tally.gaps()), String.format(Locale.ROOT, "%.1f", tally.coveredPercent()));
  }
}

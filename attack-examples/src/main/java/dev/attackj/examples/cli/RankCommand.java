package dev.attackj.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.gap.strategy.RankedTechnique;
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
 * {@code attack rank}: every active technique of the release ranked by a strategy, without a
 * threat profile or coverage, as CTID's own list is.
 */
@Command(name = "rank", mixinStandardHelpOptions = true,
    description = "Rank every technique of the release with a prioritization strategy.")
final class RankCommand implements Callable<Integer> {

  @Mixin
  StrategyOptions strategyOptions;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "How many techniques to list, as text or in the \"ranking\" array of "
          + "--json (default: ${DEFAULT-VALUE}).")
  int top;

  @Mixin
  DataOptions data;

  @Option(names = "--json", description = "Print the ranking as one JSON document.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Strategy strategy = strategyOptions.strategy();
    Map<String, String> parameters = strategyOptions.parameters(strategy);
    ScoringContext context = ScoringContext.ofRelease(data.knowledgeBase(), parameters);
    Ranking ranking = Ranking.of(strategy, context);

    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode document = (ObjectNode) Output.JSON.readTree(ranking.toJson());
      Output.json(out, limitRanking(document, top));
      return 0;
    }
    out.println(ranking);
    printRanking(out, ranking.top(top));
    return 0;
  }

  /** Keeps the first {@code top} entries of a document's {@code ranking} array. */
  static ObjectNode limitRanking(ObjectNode document, int top) {
    if (document.get("ranking") instanceof ArrayNode entries) {
      while (entries.size() > Math.max(top, 0)) {
        entries.remove(entries.size() - 1);
      }
    }
    return document;
  }

  /** Prints ranked techniques as a table of rank, ID, name, score and explanation. */
  static void printRanking(PrintWriter out, List<RankedTechnique> entries) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("rank", "technique", "name", "score", "explanation"));
    for (RankedTechnique entry : entries) {
      rows.add(List.of(Integer.toString(entry.rank()), entry.techniqueId(), entry.name(),
          String.format(Locale.ROOT, "%.6f", entry.score()), entry.explanation()));
    }
    Output.table(out, rows);
  }
}

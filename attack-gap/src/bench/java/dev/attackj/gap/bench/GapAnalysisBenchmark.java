package dev.attackj.gap.bench;

import dev.attackj.core.Group;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.gap.analysis.GapAnalysis;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.coverage.CoveragePolicy;
import dev.attackj.gap.inventory.Inventory;
import dev.attackj.gap.inventory.InventoryReader;
import dev.attackj.gap.profile.ThreatProfile;
import dev.attackj.gap.strategy.Ranking;
import dev.attackj.gap.strategy.ScoringContext;
import dev.attackj.gap.strategy.Strategies;
import dev.attackj.gap.strategy.Strategy;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Threat profile, gap analysis and ranking with the default strategy against the coverage of the
 * SigmaHQ rules on Enterprise 18.1. One benchmark takes a five-group profile (FIN7, FIN8,
 * Carbanak, APT38, Lazarus Group), the other each group of the release in turn. The knowledge
 * base and the coverage are loaded once, outside the measurement, but building each profile is
 * measured.
 *
 * <p>Data: {@code -Dattack.data=DIR} or the {@code shared/data} folder beside the project, as
 * for {@link ImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GapAnalysisBenchmark {

  private static final List<String> FIVE_GROUPS =
      List.of("FIN7", "FIN8", "Carbanak", "APT38", "Lazarus Group");

  private KnowledgeBase knowledgeBase;
  private Coverage coverage;
  private Strategy strategy;
  private String release;

  @Setup
  public void load() throws IOException {
    knowledgeBase = KnowledgeBase.load(
        ImportBenchmark.dataFolder().resolve("attack/enterprise-attack-18.1.json.gz"));
    Inventory inventory = InventoryReader.create().withKnowledgeBase(knowledgeBase)
        .read(ImportBenchmark.dataFolder().resolve("detections/sigma/rules"));
    coverage = Coverage.compute(inventory, CoveragePolicy.defaults(), knowledgeBase);
    strategy = Strategies.defaultStrategy();
    // As the attack tool does: the release is found once, from the file name.
    release = "18.1";
  }

  /** Builds the five-group profile, analyses its gaps and ranks them. */
  @Benchmark
  public Ranking fiveGroups() {
    ThreatProfile profile =
        ThreatProfile.builder(knowledgeBase).release(release).actors(FIVE_GROUPS).build();
    return rank(profile);
  }

  /** Ranks the gaps of each group of the release on its own, one group after another. */
  @Benchmark
  public int everyGroup() {
    int ranked = 0;
    for (Group group : knowledgeBase.groups()) {
      ThreatProfile profile = ThreatProfile.builder(knowledgeBase).release(release)
          .actor(group.attackId().orElseThrow()).build();
      ranked += rank(profile).ranking().size();
    }
    return ranked;
  }

  private Ranking rank(ThreatProfile profile) {
    GapAnalysis analysis = GapAnalysis.of(profile, coverage);
    ScoringContext context = ScoringContext.builder()
        .knowledgeBase(knowledgeBase).profile(profile).coverage(coverage).parameters(Map.of())
        .techniqueIds(analysis.uncovered().stream().map(gap -> gap.techniqueId()).toList())
        .build();
    return Ranking.of(strategy, context);
  }
}

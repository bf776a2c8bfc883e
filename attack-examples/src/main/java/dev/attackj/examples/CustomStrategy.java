package dev.attackj.examples;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Technique;
import dev.attackj.gap.profile.ThreatProfile;
import dev.attackj.gap.strategy.Factor;
import dev.attackj.gap.strategy.RankedTechnique;
import dev.attackj.gap.strategy.Ranking;
import dev.attackj.gap.strategy.Score;
import dev.attackj.gap.strategy.ScoringContext;
import dev.attackj.gap.strategy.Strategies;
import dev.attackj.gap.strategy.Strategy;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Plugs a strategy of one's own into the ranking API: techniques that run on Windows and have
 * mitigations rank first. The same strategy, listed in
 * {@code META-INF/services/dev.attackj.gap.strategy.Strategy}, would also be found by name.
 *
 * <p>Run with a bundle; it ranks the techniques of FIN7.
 */
public final class CustomStrategy {

  private CustomStrategy() {}

  public static void main(String[] args) throws Exception {
    run(Path.of(args[0]), System.out);
  }

  /** Scores 1 for Windows, plus 0.1 for each mitigation, up to 1 more. */
  static Score windowsFirst(String techniqueId, ScoringContext context) {
    KnowledgeBase kb = context.knowledgeBase().orElseThrow();
    Technique technique = kb.technique(techniqueId).orElse(null);
    if (technique == null) {
      return Score.zero(techniqueId, "not in the knowledge base");
    }
    double windows = technique.platforms().contains("Windows") ? 1 : 0;
    double mitigations = Math.min(1, kb.mitigationsOf(technique).size() * 0.1);
    return Score.of(techniqueId, windows + mitigations, List.of(
        Factor.of("windows", windows, 1, windows, "platforms"),
        Factor.of("mitigations", mitigations, 1, mitigations, "mitigations")));
  }

  static Ranking run(Path bundle, PrintStream out) throws Exception {
    KnowledgeBase kb = KnowledgeBase.load(bundle);
    ThreatProfile profile = ThreatProfile.builder(kb).actor("FIN7").build();
    Strategy strategy = Strategies.validating(
        Strategies.of("windows-first", CustomStrategy::windowsFirst));

    Ranking ranking = Ranking.of(strategy, ScoringContext.builder().knowledgeBase(kb)
        .profile(profile).techniqueIds(profile.techniques().keySet()).build());

    for (RankedTechnique entry : ranking.top(5)) {
      out.println(entry);
    }
    return ranking;
  }
}

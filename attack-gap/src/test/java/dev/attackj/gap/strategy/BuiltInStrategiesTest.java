package dev.attackj.gap.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.gap.Enterprise;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The formulas of the built-in strategies on ATT&CK 18.1. */
class BuiltInStrategiesTest {

  @Test
  void tacticOrder_early_favoursReconnaissance() {
    ScoringContext context = ScoringContext.builder().knowledgeBase(Enterprise.v18())
        .addTechniqueIds("T1595", "T1486").build();

    Ranking ranking = Ranking.of(Strategies.tacticOrder(), context);

    assertEquals("T1595", ranking.ranking().get(0).techniqueId());
    assertEquals(1.0, ranking.ranking().get(0).score());
    assertEquals(1.0 / 14, ranking.ranking().get(1).score(), 1e-12);
  }

  @Test
  void tacticOrder_late_favoursImpact() {
    ScoringContext context = ScoringContext.builder().knowledgeBase(Enterprise.v18())
        .addTechniqueIds("T1595", "T1486").parameters(Map.of("prefer", "late")).build();

    Ranking ranking = Ranking.of(Strategies.tacticOrder(), context);

    assertEquals("T1486", ranking.ranking().get(0).techniqueId());
    assertEquals(1.0, ranking.ranking().get(0).score());
  }

  @Test
  void prevalence_withoutProfile_countsGroupsOfRelease() {
    ScoringContext context = ScoringContext.builder().knowledgeBase(Enterprise.v18())
        .addTechniqueIds("T1059", "T1059.001", "T1001.002").build();

    Ranking ranking = Ranking.of(Strategies.prevalence(), context);

    assertEquals(1.0, ranking.ranking().get(0).score());
    assertTrue(ranking.ranking().get(0).explanation().contains("groups of ATT&CK"),
        ranking.ranking().get(0).explanation());
  }

  @Test
  void actionability_v18Technique_countsMitigationsAndAnalytics() {
    ScoringContext context = ScoringContext.builder().knowledgeBase(Enterprise.v18())
        .addTechniqueId("T1059.001").build();

    Score score = Strategies.actionability().score("T1059.001", context);

    assertTrue(score.value() > 0, score.toString());
    assertTrue(score.value() <= 1, score.toString());
    assertEquals(2, score.factors().size());
    assertTrue(score.factors().get(1).name().startsWith("analytics of "),
        score.factors().get(1).name());
    double sum = score.factors().stream().mapToDouble(Factor::contribution).sum();
    assertEquals(score.value(), sum, 1e-12);
  }

  @Test
  void dataAvailability_collectedComponent_raisesShare() {
    ScoringContext without = ScoringContext.builder().knowledgeBase(Enterprise.v18())
        .addTechniqueId("T1059.001").build();
    ScoringContext with = ScoringContext.builder().from(without)
        .parameters(Map.of("collected", "Process Creation")).build();

    double before = Strategies.dataAvailability().score("T1059.001", without).value();
    double after = Strategies.dataAvailability().score("T1059.001", with).value();

    assertEquals(0, before);
    assertTrue(after > 0, Double.toString(after));
  }

  @Test
  void unknownTechnique_scoresZeroWithNote() {
    ScoringContext context = ScoringContext.builder().knowledgeBase(Enterprise.v18())
        .addTechniqueId("T9999").build();

    for (Strategy strategy : List.of(Strategies.tacticOrder(), Strategies.actionability(),
        Strategies.dataAvailability())) {
      Score score = strategy.score("T9999", context);
      assertEquals(0, score.value(), strategy.name());
      assertTrue(!score.note().isEmpty(), strategy.name());
    }
  }
}

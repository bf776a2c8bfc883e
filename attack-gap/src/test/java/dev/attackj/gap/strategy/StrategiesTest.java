package dev.attackj.gap.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategiesTest {

  private static final ScoringContext CONTEXT = ScoringContext.builder()
      .addTechniqueIds("T1003", "T1001", "T1002", "T1004").build();

  /** A strategy that scores each technique by a fixed table. */
  private static Strategy table(String name, Map<String, Double> values) {
    return Strategies.of(name, (id, context) -> Score.of(id, values.getOrDefault(id, 0.0),
        List.of(Factor.of(name, values.getOrDefault(id, 0.0), 1, values.getOrDefault(id, 0.0),
            "table"))));
  }

  private static List<String> order(Ranking ranking) {
    return ranking.ranking().stream().map(RankedTechnique::techniqueId).toList();
  }

  @Test
  void rank_ties_breakOnTechniqueId() {
    Strategy flat = table("flat", Map.of());

    Ranking ranking = Ranking.of(flat, CONTEXT);

    assertEquals(List.of("T1001", "T1002", "T1003", "T1004"), order(ranking));
    assertEquals(List.of(1, 2, 3, 4),
        ranking.ranking().stream().map(RankedTechnique::rank).toList());
  }

  @Test
  void weightedSum_addsWeightedParts() {
    Map<Strategy, Double> parts = new LinkedHashMap<>();
    parts.put(table("a", Map.of("T1001", 1.0)), 2.0);
    parts.put(table("b", Map.of("T1001", 0.5)), 4.0);

    Score score = Strategies.weightedSum("sum", parts).score("T1001", CONTEXT);

    assertEquals(4.0, score.value());
    assertEquals(List.of(2.0, 2.0),
        score.factors().stream().map(Factor::contribution).toList());
    assertEquals("table", score.factors().get(0).details().get(0).source());
  }

  @Test
  void multiply_scalesByMultiplier() {
    Strategy product = Strategies.multiply("product", table("a", Map.of("T1001", 3.0)),
        table("confidence", Map.of("T1001", 0.5)));

    assertEquals(1.5, product.score("T1001", CONTEXT).value());
  }

  @Test
  void lexicographic_withinTolerance_usesNextPart() {
    Strategy first = table("first", Map.of("T1001", 0.91, "T1002", 0.99, "T1003", 0.5));
    Strategy second = table("second", Map.of("T1001", 1.0, "T1002", 0.0));

    Ranking ranking =
        Ranking.of(Strategies.lexicographic("lex", 0.1, List.of(first, second)), CONTEXT);

    assertEquals(List.of("T1001", "T1002", "T1003", "T1004"), order(ranking));
    assertEquals(0.91, ranking.ranking().get(0).score());
  }

  @Test
  void lexicographic_zeroTolerance_isExact() {
    Strategy first = table("first", Map.of("T1001", 0.91, "T1002", 0.99));
    Strategy second = table("second", Map.of("T1001", 1.0));

    Ranking ranking =
        Ranking.of(Strategies.lexicographic("lex", 0, List.of(first, second)), CONTEXT);

    assertEquals("T1002", order(ranking).get(0));
  }

  @Test
  void gate_belowThreshold_scoresZeroWithNote() {
    Strategy gate = Strategies.gate("gate", table("condition", Map.of("T1001", 0.2)), 0.5,
        table("inner", Map.of("T1001", 7.0)));

    Score score = gate.score("T1001", CONTEXT);

    assertEquals(0, score.value());
    assertTrue(score.note().contains("below the threshold 0.5"), score.note());
  }

  @Test
  void gate_atThreshold_passesInnerScore() {
    Strategy gate = Strategies.gate("gate", table("condition", Map.of("T1001", 0.5)), 0.5,
        table("inner", Map.of("T1001", 7.0)));

    assertEquals(7.0, gate.score("T1001", CONTEXT).value());
  }

  @Test
  void validating_nonFiniteScore_isRejected() {
    Strategy broken = Strategies.of("broken", (id, context) -> Score.of(id, Double.NaN, List.of()));

    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> Strategies.validating(broken).score("T1001", CONTEXT));

    assertEquals("strategy broken returned an invalid score for T1001: NaN; scores must be "
        + "finite", error.getMessage());
  }

  @Test
  void validating_scoreOfOtherTechnique_isRejected() {
    Strategy wrong = Strategies.of("wrong", (id, context) -> Score.of("T9999", 1, List.of()));

    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> Strategies.validating(wrong).prepare(CONTEXT).score("T1001"));

    assertTrue(error.getMessage().contains("a score of T9999"), error.getMessage());
  }

  @Test
  void byName_unknown_listsKnownNames() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Strategies.byName("ctdi"));

    assertTrue(error.getMessage().startsWith("strategy not found: \"ctdi\"; known strategies: "
        + "tactic-order, prevalence, ctid, actionability, data-availability, default"),
        error.getMessage());
  }

  @Test
  void byName_serviceLoaderStrategy_isFound() {
    Strategy strategy = Strategies.byName("Rarest-First");

    assertEquals("rarest-first", strategy.name());
  }

  @Test
  void factorToString_trimsZeros() {
    Factor factor = Factor.of("choke point", 1.0, 1.2, 1.2, "CTID Techniques.json");

    assertEquals("choke point 1 x 1.2 = 1.2 (CTID Techniques.json)", factor.toString());
    assertEquals("0.333333", Factor.number(1.0 / 3));
    assertEquals("12000", Factor.number(12000));
  }

  @Test
  void weightedSum_infiniteWeight_isRejected() {
    Map<Strategy, Double> parts = Map.of(table("a", Map.of()), Double.POSITIVE_INFINITY);

    assertThrows(IllegalArgumentException.class, () -> Strategies.weightedSum("sum", parts));
  }
}

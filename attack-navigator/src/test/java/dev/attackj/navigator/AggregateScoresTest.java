package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.attackj.core.KnowledgeBase;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AggregateScoresTest {

  private static Layer layer(AggregateFunction function, boolean countUnscored) {
    return Layer.builder().name("agg").domain("enterprise-attack")
        .layout(Layout.builder().aggregateFunction(function).countUnscored(countUnscored)
            .showAggregateScores(true).build())
        .addTechnique(TechniqueEntry.builder().techniqueId("T1059")
            .score(BigDecimal.valueOf(1)).build())
        .addTechnique(TechniqueEntry.builder().techniqueId("T1059.001")
            .score(BigDecimal.valueOf(4)).build())
        .addTechnique(TechniqueEntry.builder().techniqueId("T1059.003").tactic("execution")
            .score(BigDecimal.valueOf(7)).build())
        .build();
  }

  @Test
  void of_averageOfScored() {
    Optional<BigDecimal> score = AggregateScores.of(Enterprise.kb(),
        layer(AggregateFunction.AVERAGE, false), "T1059", "execution");

    assertEquals(Optional.of(BigDecimal.valueOf(4)), score);
  }

  @Test
  void of_averageCountingEverySubtechnique() {
    KnowledgeBase kb = Enterprise.kb();
    int count = kb.subTechniquesOf(kb.technique("T1059").orElseThrow()).size() + 1;

    Optional<BigDecimal> score = AggregateScores.of(kb, layer(AggregateFunction.AVERAGE, true),
        "T1059", "execution");

    BigDecimal expected = AggregateFunction.roundLikeToFixed(BigDecimal.valueOf(12)
        .divide(BigDecimal.valueOf(count), java.math.MathContext.DECIMAL64));
    assertEquals(Optional.of(expected), score);
  }

  @Test
  void of_maxAndSum() {
    KnowledgeBase kb = Enterprise.kb();

    assertEquals(Optional.of(BigDecimal.valueOf(7)), AggregateScores.of(kb,
        layer(AggregateFunction.MAX, true), "T1059", "execution"));
    assertEquals(Optional.of(BigDecimal.valueOf(12)), AggregateScores.of(kb,
        layer(AggregateFunction.SUM, false), "T1059", "execution"));
  }

  @Test
  void of_unknownTechnique() {
    assertThrows(IllegalArgumentException.class, () -> AggregateScores.of(Enterprise.kb(),
        layer(AggregateFunction.SUM, false), "T9999", "execution"));
  }
}

package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.attackj.core.KnowledgeBase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LayerTest {

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
  void aggregateScore_averageOfScored() {
    Layer layer = layer(AggregateFunction.AVERAGE, false);

    Optional<BigDecimal> score = layer.aggregateScore(Enterprise.kb(), "T1059", "execution");

    assertEquals(Optional.of(BigDecimal.valueOf(4)), score);
  }

  @Test
  void aggregateScore_averageCountingEverySubtechnique() {
    KnowledgeBase kb = Enterprise.kb();
    int count = kb.subTechniquesOf(kb.technique("T1059").orElseThrow()).size() + 1;
    Layer layer = layer(AggregateFunction.AVERAGE, true);

    Optional<BigDecimal> score = layer.aggregateScore(kb, "T1059", "execution");

    BigDecimal expected = AggregateFunction.roundLikeToFixed(BigDecimal.valueOf(12)
        .divide(BigDecimal.valueOf(count), java.math.MathContext.DECIMAL64));
    assertEquals(Optional.of(expected), score);
  }

  @Test
  void aggregateScore_maxAndSum() {
    KnowledgeBase kb = Enterprise.kb();

    assertEquals(Optional.of(BigDecimal.valueOf(7)), layer(AggregateFunction.MAX, true)
        .aggregateScore(kb, "T1059", "execution"));
    assertEquals(Optional.of(BigDecimal.valueOf(12)), layer(AggregateFunction.SUM, false)
        .aggregateScore(kb, "T1059", "execution"));
  }

  @Test
  void aggregateScore_unknownTechnique() {
    assertThrows(IllegalArgumentException.class, () -> layer(AggregateFunction.SUM, false)
        .aggregateScore(Enterprise.kb(), "T9999", "execution"));
  }

  @Test
  void entryFor_lastEntryOfTacticOrEvery() {
    Layer layer = Layer.builder().name("x").domain("enterprise-attack")
        .addTechnique(TechniqueEntry.builder().techniqueId("T1053").tactic("execution")
            .comment("first").build())
        .addTechnique(TechniqueEntry.builder().techniqueId("t1053").comment("every").build())
        .addTechnique(TechniqueEntry.builder().techniqueId("T1053").tactic("Persistence")
            .comment("last").build())
        .build();

    assertEquals("every", layer.entryFor("T1053", "execution").orElseThrow().comment());
    assertEquals("last", layer.entryFor("T1053", "persistence").orElseThrow().comment());
    assertEquals(Optional.empty(), layer.entryFor("T1059", "execution"));
  }

  @Test
  void entryFor_nullTacticNamed() {
    Layer layer = layer(AggregateFunction.SUM, false);

    NullPointerException error = assertThrows(NullPointerException.class,
        () -> layer.entryFor("T1059", null));

    assertEquals("tactic", error.getMessage());
  }

  @Test
  void entriesOf_unmodifiable() {
    Layer layer = layer(AggregateFunction.SUM, false);

    List<TechniqueEntry> entries = layer.entriesOf("t1059");

    assertEquals(1, entries.size());
    assertThrows(UnsupportedOperationException.class, () -> entries.add(entries.get(0)));
    assertEquals(List.of(), layer.entriesOf("T9999"));
  }
}

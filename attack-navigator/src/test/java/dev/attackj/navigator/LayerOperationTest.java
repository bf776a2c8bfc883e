package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LayerOperationTest {

  private static TechniqueEntry scored(String id, int score, String comment) {
    return TechniqueEntry.builder().techniqueId(id).score(BigDecimal.valueOf(score))
        .comment(comment).color("#ff0000").build();
  }

  private static final Layer A = Layer.builder().name("a").domain("enterprise-attack")
      .addTechniques(scored("T1059", 2, "from a"), scored("T1003", 1, "cred a"))
      .gradient(Gradient.of(List.of("#ffffff", "#000000"), 0, 5))
      .build();
  private static final Layer B = Layer.builder().name("b").domain("enterprise-attack")
      .addTechniques(scored("T1059", 3, "from b"), scored("T1105", 4, "tool b"))
      .build();

  private static Optional<BigDecimal> scoreOf(Layer layer, String id) {
    return layer.entriesOf(id).get(0).score();
  }

  @Test
  void apply_sumsScores() {
    Layer sum = LayerOperation.builder().name("sum").expression(ScoreExpression.parse("a+b"))
        .putLayer("a", A).putLayer("b", B).build().apply();

    assertEquals(Optional.of(BigDecimal.valueOf(5)), scoreOf(sum, "T1059"));
    assertEquals(Optional.of(BigDecimal.valueOf(1)), scoreOf(sum, "T1003"));
    assertEquals(Optional.of(BigDecimal.valueOf(4)), scoreOf(sum, "T1105"));
    assertEquals("", sum.entriesOf("T1059").get(0).comment());
  }

  @Test
  void apply_copiesChosenAnnotations() {
    Layer only = LayerOperation.builder().name("only a")
        .expression(ScoreExpression.parse("a>0 && b==0"))
        .putLayer("a", A).putLayer("b", B).commentsFrom("a").gradientFrom("a").build().apply();

    assertEquals(Optional.of(BigDecimal.ZERO), scoreOf(only, "T1059"));
    assertEquals(Optional.of(BigDecimal.ONE), scoreOf(only, "T1003"));
    assertEquals("from a", only.entriesOf("T1059").get(0).comment());
    assertEquals("", only.entriesOf("T1105").get(0).comment());
    assertEquals(A.gradient(), only.gradient());
  }

  @Test
  void apply_matchesEntriesWhateverTheirCase() {
    Layer lower = Layer.builder().name("lower").domain("enterprise-attack")
        .addTechnique(TechniqueEntry.builder().techniqueId("t1059").tactic("Execution")
            .score(BigDecimal.ONE).build())
        .build();
    Layer upper = Layer.builder().name("upper").domain("enterprise-attack")
        .addTechnique(TechniqueEntry.builder().techniqueId("T1059").tactic("execution")
            .score(BigDecimal.valueOf(2)).build())
        .build();

    Layer sum = LayerOperation.builder().name("sum").expression(ScoreExpression.parse("a+b"))
        .putLayer("a", lower).putLayer("b", upper).build().apply();

    assertEquals(1, sum.techniques().size());
    assertEquals(Optional.of(BigDecimal.valueOf(3)), sum.techniques().get(0).score());
  }

  @Test
  void apply_entryWithoutTacticAppliesToEveryTactic() {
    Layer everyTactic = Layer.builder().name("every").domain("enterprise-attack")
        .addTechnique(TechniqueEntry.builder().techniqueId("T1053").tactic("execution")
            .score(BigDecimal.valueOf(10)).build())
        .addTechnique(TechniqueEntry.builder().techniqueId("T1053").score(BigDecimal.valueOf(2))
            .comment("every tactic").build())
        .build();
    Layer oneTactic = Layer.builder().name("one").domain("enterprise-attack")
        .addTechnique(TechniqueEntry.builder().techniqueId("T1053").tactic("persistence")
            .score(BigDecimal.valueOf(3)).build())
        .build();

    Layer sum = LayerOperation.builder().name("sum").expression(ScoreExpression.parse("a+b"))
        .putLayer("b", oneTactic).putLayer("a", everyTactic).commentsFrom("a").build().apply();

    assertEquals(List.of("T1053", "T1053^persistence", "T1053^execution"), sum.techniques()
        .stream().map(entry -> entry.techniqueId() + entry.tactic().map(t -> "^" + t).orElse(""))
        .collect(Collectors.toList()));
    assertEquals(Optional.of(BigDecimal.valueOf(5)),
        sum.entryFor("T1053", "persistence").orElseThrow().score());
    assertEquals("every tactic", sum.entryFor("T1053", "persistence").orElseThrow().comment());
    assertEquals(Optional.of(BigDecimal.valueOf(2)),
        sum.entryFor("T1053", "execution").orElseThrow().score());
    assertEquals(Optional.of(BigDecimal.valueOf(2)),
        sum.entryFor("T1053", "privilege-escalation").orElseThrow().score());
  }

  @Test
  void build_rejectsUnknownLayerName() {
    assertThrows(IllegalArgumentException.class, () -> LayerOperation.builder().name("x")
        .expression(ScoreExpression.parse("a+c")).putLayer("a", A).putLayer("b", B).build());
  }

  @Test
  void build_rejectsMixedDomains() {
    Layer mobile = Layer.of("m", "mobile-attack");

    assertThrows(IllegalArgumentException.class, () -> LayerOperation.builder().name("x")
        .expression(ScoreExpression.parse("a+m")).putLayer("a", A).putLayer("m", mobile)
        .build());
  }
}

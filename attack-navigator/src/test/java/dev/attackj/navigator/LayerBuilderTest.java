package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.KnowledgeBase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LayerBuilderTest {

  @Test
  void build_entriesWithAndWithoutTactic() {
    KnowledgeBase kb = Enterprise.kb();

    Layer layer = LayerBuilder.of(kb, "enterprise-attack").name("x").attackVersion("18.1")
        .score("T1059", 3)
        .technique("T1059", entry -> entry.comment("all tactics"))
        .technique("T1053.005", "TA0003", entry -> entry.score(BigDecimal.ONE))
        .technique(kb.technique("T1003").orElseThrow(), entry -> entry.color("#ff0000"))
        .build();

    assertEquals(3, layer.techniques().size());
    TechniqueEntry first = layer.techniques().get(0);
    assertEquals(Optional.empty(), first.tactic());
    assertEquals(Optional.of(BigDecimal.valueOf(3)), first.score());
    assertEquals("all tactics", first.comment());
    assertEquals(Optional.of("persistence"), layer.techniques().get(1).tactic());
    assertEquals(Optional.of("18"), layer.versions().attack());
  }

  @Test
  void technique_rejectsTacticNotOfTechnique() {
    LayerBuilder builder = LayerBuilder.of(Enterprise.kb(), "enterprise-attack");

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> builder.technique("T1059", "impact", entry -> { }));

    assertTrue(error.getMessage().contains("execution"), error.getMessage());
  }

  @Test
  void technique_rejectsRevokedAndUnknown() {
    LayerBuilder builder = LayerBuilder.of(Enterprise.kb(), "enterprise-attack");

    IllegalArgumentException revoked = assertThrows(IllegalArgumentException.class,
        () -> builder.technique("T1086"));
    assertThrows(IllegalArgumentException.class, () -> builder.technique("T9999"));

    assertTrue(revoked.getMessage().contains("T1059.001"), revoked.getMessage());
  }

  @Test
  void of_rejectsMissingDomain() {
    assertThrows(IllegalArgumentException.class,
        () -> LayerBuilder.of(Enterprise.kb(), "ics-attack"));
  }

  @Test
  @Timeout(10)
  void score_hugeExponentRejected() {
    LayerBuilder builder = LayerBuilder.of(Enterprise.kb(), "enterprise-attack");

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> builder.score("T1059", new BigDecimal("1e999999999")));

    assertEquals("score of T1059 must have at most 1000 digits before and 1000 after the "
        + "decimal point: 1E+999999999", error.getMessage());
  }

  @Test
  void technique_rejectsOtherDomain() {
    LayerBuilder builder = LayerBuilder.of(SmallKnowledgeBase.withDomains(), "enterprise-attack");

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> builder.technique("T9002"));

    assertEquals("technique T9002 Example 9002 belongs to [mobile-attack], not to the layer's"
        + " domain enterprise-attack", error.getMessage());
  }

  @Test
  void technique_rejectsDeprecated() {
    LayerBuilder builder = LayerBuilder.of(SmallKnowledgeBase.withDomains(), "enterprise-attack");

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> builder.score("T9003", 1));

    assertEquals("technique T9003 Example 9003 is deprecated; a layer takes only active"
        + " techniques", error.getMessage());
  }

  @Test
  void build_validatesCleanly() {
    KnowledgeBase kb = SmallKnowledgeBase.withDomains();

    Layer layer = LayerBuilder.of(kb, "enterprise-attack").score("T9001", 1).build();

    assertEquals(List.of(), LayerValidator.of(kb).validate(layer).problems());
  }

  @Test
  void score_rejectsNotFinite() {
    LayerBuilder builder = LayerBuilder.of(Enterprise.kb(), "enterprise-attack");

    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> builder.score("T1059", Double.NaN));
    IllegalArgumentException infinity = assertThrows(IllegalArgumentException.class,
        () -> builder.score("T1059", Float.NEGATIVE_INFINITY));

    assertEquals("score of T1059 must be a finite number: NaN", nan.getMessage());
    assertEquals("score of T1059 must be a finite number: -Infinity", infinity.getMessage());
  }
}

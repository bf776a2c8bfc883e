package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.KnowledgeBase;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
}

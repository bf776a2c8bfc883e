package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.ObjectType;
import dev.attackj.core.TestData;
import dev.attackj.core.diff.ChangeKind;
import dev.attackj.core.diff.ReleaseDiff;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer of the Enterprise 15.1 to 18.1 diff. */
class ReleaseDiffLayerTest {

  private static ReleaseDiff diff;
  private static Layer layer;

  @BeforeAll
  static void load() throws Exception {
    diff = ReleaseDiff.between(KnowledgeBase.load(TestData.enterprise("15.1")),
        KnowledgeBase.load(TestData.enterprise("18.1")));
    layer = ReleaseDiffLayer.from(diff);
  }

  @Test
  void from_listsEveryChangedTechniqueOnce() {
    Set<String> expected = new HashSet<>();
    diff.changes(ObjectType.TECHNIQUE).forEach(c -> expected.add(c.object().label()));
    diff.relationshipChanges().forEach(c -> expected.add(c.technique().label()));

    Set<String> ids = new HashSet<>();
    layer.techniques().forEach(e -> ids.add(e.techniqueId()));

    assertEquals(expected, ids);
    assertEquals(expected.size(), layer.techniques().size());
  }

  @Test
  void from_colorsRevocationFirst() {
    TechniqueEntry revoked = layer.entriesOf("T1574.002").get(0);

    assertEquals(ReleaseDiffLayer.colors().get(ChangeKind.REVOCATION), revoked.color());
    assertTrue(revoked.comment().contains("replaced by T1574.001"), revoked.comment());
  }

  @Test
  void from_namesReleasesAndLegend() {
    assertEquals("ATT&CK changes 15.1 to 18.1", layer.name());
    assertEquals("enterprise-attack", layer.domain());
    assertEquals(Optional.of("18"), layer.versions().attack());
    assertTrue(layer.legendItems().stream()
        .anyMatch(item -> item.label().equals(ChangeKind.ADDITION.title())));
  }
}

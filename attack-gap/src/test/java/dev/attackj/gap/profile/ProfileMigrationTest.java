package dev.attackj.gap.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.AttackObject;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.TestData;
import dev.attackj.core.Technique;
import dev.attackj.core.diff.MigrationNote;
import dev.attackj.core.diff.TechniqueMigration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Threat profiles migrated to Enterprise 18.1. */
class ProfileMigrationTest {

  private static KnowledgeBase older;
  private static KnowledgeBase newer;
  private static ProfileMigration migration;

  @BeforeAll
  static void load() throws Exception {
    older = KnowledgeBase.load(TestData.enterprise("15.1"));
    newer = KnowledgeBase.load(TestData.enterprise("18.1"));
    migration = ProfileMigration.to(newer);
  }

  private static TechniqueThreat threat(String id, List<String> tactics, String actor) {
    return TechniqueThreat.builder().techniqueId(id).tactics(tactics)
        .addUse(ActorUse.builder().actor(actor).via(ActorUse.Via.DIRECT).weight(1).build())
        .build();
  }

  private static ThreatProfile profile(TechniqueThreat... threats) {
    ImmutableThreatProfile.Builder builder = ImmutableThreatProfile.builder().name("test")
        .release("8.2");
    for (TechniqueThreat threat : threats) {
      builder.putTechnique(threat.techniqueId(), threat);
    }
    return builder.build();
  }

  @Test
  void migrate_collapsingTechniques_uniteUses() {
    ThreatProfile profile = profile(threat("T1086", List.of("execution"), "G0001"),
        threat("T1059.001", List.of("execution"), "G0002"));

    MigratedProfile migrated = migration.migrate(profile);

    assertEquals(Set.of("T1059.001"), migrated.profile().techniques().keySet());
    TechniqueThreat merged = migrated.profile().techniques().get("T1059.001");
    assertEquals(2, merged.actorCount());
    assertEquals(2.0, merged.weight());
    assertEquals("PowerShell", merged.name());
    assertEquals(1, migrated.report().notes(MigrationNote.Action.MERGED).size());
    assertEquals(1, migrated.report().notes(MigrationNote.Action.REPLACED).size());
    assertEquals("18.1", migrated.profile().release());
  }

  @Test
  void migrate_tacticsChanged_updatedAndNoted() {
    ThreatProfile profile = profile(
        threat("T1218", List.of("defense-evasion", "execution"), "G0001"),
        threat("T9999", List.of("execution"), "G0001"));

    MigratedProfile migrated = migration.migrate(profile);

    assertEquals(List.of("defense-evasion"),
        migrated.profile().techniques().get("T1218").tactics());
    assertEquals(1, migrated.report().notes(MigrationNote.Action.TACTIC_CHANGED).size());
    assertTrue(migrated.profile().techniques().containsKey("T9999"));
    assertEquals(1, migrated.report().notes(MigrationNote.Action.NOT_FOUND).size());
  }

  @Test
  void migrate_actorsFrom15_replaceRevoked() {
    ThreatProfile profile = ThreatProfile.builder(older).release("15.1").actor("APT29")
        .actor("APT41").build();

    MigratedProfile migrated = migration.migrate(profile);

    Set<String> actorsBefore = new HashSet<>();
    profile.techniques().values().forEach(t -> actorsBefore.addAll(t.actorIds()));
    Set<String> actorsAfter = new HashSet<>();
    migrated.profile().techniques().values().forEach(t -> actorsAfter.addAll(t.actorIds()));
    assertEquals(actorsBefore, actorsAfter);
    for (String id : migrated.profile().techniques().keySet()) {
      boolean revoked = newer.byAttackId(id).stream().filter(Technique.class::isInstance)
          .anyMatch(AttackObject::isRevoked);
      assertFalse(revoked, id);
    }
    assertFalse(migrated.report().notes(MigrationNote.Action.REPLACED).isEmpty());
    TechniqueMigration ids = TechniqueMigration.to(newer);
    Set<String> expectedIds = new HashSet<>();
    profile.techniques().keySet().forEach(id -> expectedIds.add(ids.map(id).newId()));
    assertEquals(expectedIds, migrated.profile().techniques().keySet());
  }
}

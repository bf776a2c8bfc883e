package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.AttackObject;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.TestData;
import dev.attackj.core.Technique;
import dev.attackj.core.diff.MigrationNote;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Detection inventories migrated to Enterprise 18.1. */
class InventoryMigrationTest {

  private static KnowledgeBase knowledgeBase;
  private static InventoryMigration migration;

  @BeforeAll
  static void load() throws Exception {
    knowledgeBase = KnowledgeBase.load(TestData.enterprise("18.1"));
    migration = InventoryMigration.to(knowledgeBase);
  }

  private static DetectionRule rule(String id, List<String> techniques, List<String> tactics) {
    return DetectionRule.builder().id(id).format("sigma").techniqueIds(techniques)
        .tactics(tactics).resolvedTactics(tactics).build();
  }

  @Test
  void migrate_collapsingIds_keepOneAndReportBoth() {
    Inventory inventory = Inventory.builder()
        .addRule(rule("r1", List.of("T1086", "T1059.001"), List.of("execution")))
        .build();

    MigratedInventory migrated = migration.migrate(inventory);

    DetectionRule rule = migrated.inventory().rules().get(0);
    assertEquals(List.of("T1059.001"), rule.techniqueIds());
    assertEquals(1, migrated.report().notes(MigrationNote.Action.REPLACED).size());
    assertEquals(1, migrated.report().notes(MigrationNote.Action.MERGED).size());
  }

  @Test
  void migrate_deprecatedAndUnknown_keptAndFlagged() {
    Inventory inventory = Inventory.builder()
        .addRule(rule("r1", List.of("T1062"), List.of()))
        .addRule(rule("r2", List.of("T9999"), List.of()))
        .build();

    MigratedInventory migrated = migration.migrate(inventory);

    assertEquals(List.of("T1062"), migrated.inventory().rules().get(0).techniqueIds());
    assertEquals(List.of("T9999"), migrated.inventory().rules().get(1).techniqueIds());
    assertEquals(1, migrated.report().notes(MigrationNote.Action.DEPRECATED).size());
    assertEquals(1, migrated.report().notes(MigrationNote.Action.NOT_FOUND).size());
  }

  @Test
  void migrate_tacticLeft_updatesResolvedTactics() {
    Inventory inventory = Inventory.builder()
        .addRule(rule("r1", List.of("T1218"), List.of("execution")))
        .build();

    MigratedInventory migrated = migration.migrate(inventory);

    assertEquals(List.of("defense-evasion"),
        migrated.inventory().rules().get(0).resolvedTactics());
    assertEquals(1, migrated.report().notes(MigrationNote.Action.TACTIC_CHANGED).size());
  }

  @Test
  void migrate_tacticNotOfTechnique_saysSoWithoutClaimingAChange() {
    Inventory inventory = Inventory.builder()
        .addRule(rule("r1", List.of("T1202"), List.of("execution")))
        .build();

    MigratedInventory migrated = migration.migrate(inventory);

    String message = migrated.report().notes(MigrationNote.Action.TACTIC_CHANGED).get(0)
        .message();
    assertEquals("tactic execution is not a tactic of T1202 in ATT&CK 18.1; the rule's tactics "
        + "are now defense-evasion", message);
  }

  @Test
  void migrate_sigmaDeprecatedRules_replaceOrFlag() {
    Inventory inventory = InventoryReader.create()
        .read(TestData.file("detections/sigma/deprecated"));

    MigratedInventory migrated = migration.migrate(inventory);

    assertEquals(inventory.rules().size(), migrated.inventory().rules().size());
    assertFalse(migrated.report().notes(MigrationNote.Action.REPLACED).isEmpty());
    Set<String> flagged = Set.copyOf(migrated.report()
        .notes(MigrationNote.Action.REVOKED_WITHOUT_REPLACEMENT).stream()
        .map(note -> note.oldId().orElseThrow()).toList());
    for (DetectionRule rule : migrated.inventory().rules()) {
      for (String id : rule.techniqueIds()) {
        boolean revoked = knowledgeBase.byAttackId(id).stream()
            .filter(Technique.class::isInstance).findFirst()
            .map(AttackObject::isRevoked).orElse(false);
        assertFalse(revoked && !flagged.contains(id), rule + " still maps to revoked " + id);
      }
    }
    assertTrue(migrated.report().notes().stream()
        .allMatch(note -> note.subject().startsWith("rule ")));
  }
}

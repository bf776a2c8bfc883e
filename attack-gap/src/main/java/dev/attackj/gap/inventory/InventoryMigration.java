package dev.attackj.gap.inventory;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.diff.MigrationNote;
import dev.attackj.core.diff.MigrationReport;
import dev.attackj.core.diff.TechniqueMapping;
import dev.attackj.core.diff.TechniqueMigration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The migration of a detection inventory to a newer ATT&CK release. Each rule is changed as
 * follows, and every change or flag is noted in the {@link MigrationReport}:
 *
 * <ul>
 *   <li>A revoked technique ID in the rule's mapping is replaced by the end of its revoked-by
 *       chain, in {@link DetectionRule#techniqueIds()} and in the resolved IDs.
 *   <li>IDs that name the same technique after replacement merge into one; since coverage counts
 *       the rules of each technique, the rules of two collapsed techniques are united.
 *   <li>Deprecated, revoked-without-replacement and unknown IDs are kept and flagged.
 *   <li>A resolved tactic that none of the rule's techniques belongs to any more is replaced by
 *       the tactics of those techniques in the newer release.
 * </ul>
 */
public final class InventoryMigration {

  private final TechniqueMigration migration;

  private InventoryMigration(TechniqueMigration migration) {
    this.migration = migration;
  }

  /** A migration to the release of a knowledge base. */
  public static InventoryMigration to(KnowledgeBase target) {
    return new InventoryMigration(TechniqueMigration.to(target));
  }

  /** Migrates every rule of an inventory; the import report is kept as it is. */
  public MigratedInventory migrate(Inventory inventory) {
    List<MigrationNote> notes = new ArrayList<>();
    List<DetectionRule> rules = new ArrayList<>();
    for (DetectionRule rule : inventory.rules()) {
      rules.add(migrate(rule, notes));
    }
    MigrationReport report = MigrationReport.builder()
        .subject("inventory of " + inventory.rules().size() + " rules")
        .toRelease(migration.targetRelease())
        .notes(notes)
        .build();
    Inventory migrated = Inventory.builder().from(inventory).rules(rules).build();
    return MigratedInventory.builder().inventory(migrated).report(report).build();
  }

  private DetectionRule migrate(DetectionRule rule, List<MigrationNote> notes) {
    String subject = "rule " + rule.id() + (rule.title().isEmpty() ? "" : " " + rule.title());
    Map<String, TechniqueMapping> mappings = new LinkedHashMap<>();
    for (String id : rule.techniqueIds()) {
      mappings.computeIfAbsent(id, migration::map);
    }
    for (String id : rule.resolvedTechniqueIds()) {
      mappings.computeIfAbsent(id, migration::map);
    }
    mappings.values().forEach(m -> m.note(subject).ifPresent(notes::add));

    List<String> written = mapIds(rule.techniqueIds(), mappings, subject, notes);
    List<String> resolved = rule.resolvedTechniqueIds().isEmpty() ? List.of()
        : mapIds(rule.resolvedTechniqueIds(), mappings, subject, null);
    List<String> tactics = migrateTactics(rule, mappings, subject, notes);
    return DetectionRule.builder().from(rule)
        .techniqueIds(written)
        .resolvedTechniqueIds(resolved)
        .resolvedTactics(tactics)
        .build();
  }

  /** Maps IDs in order, dropping repeats; notes a merge when {@code notes} is given. */
  private static List<String> mapIds(List<String> ids, Map<String, TechniqueMapping> mappings,
      String subject, List<MigrationNote> notes) {
    Map<String, List<String>> sources = new LinkedHashMap<>();
    for (String id : ids) {
      sources.computeIfAbsent(mappings.get(id).newId(), k -> new ArrayList<>()).add(id);
    }
    if (notes != null) {
      sources.forEach((newId, olds) -> {
        if (olds.size() > 1) {
          notes.add(MigrationNote.builder()
              .action(MigrationNote.Action.MERGED)
              .subject(subject)
              .newId(newId)
              .message(String.join(", ", olds) + " now all name " + newId
                  + "; the rule maps to it once")
              .build());
        }
      });
    }
    return List.copyOf(sources.keySet());
  }

  private List<String> migrateTactics(DetectionRule rule,
      Map<String, TechniqueMapping> mappings, String subject, List<MigrationNote> notes) {
    Set<String> current = new LinkedHashSet<>();
    mappings.values().forEach(m -> current.addAll(m.tactics()));
    if (rule.resolvedTactics().isEmpty() || current.isEmpty()) {
      return rule.resolvedTactics();
    }
    Set<String> kept = new LinkedHashSet<>();
    List<String> dropped = new ArrayList<>();
    for (String tactic : rule.resolvedTactics()) {
      if (current.contains(tactic)) {
        kept.add(tactic);
      } else {
        dropped.add(tactic);
      }
    }
    if (dropped.isEmpty()) {
      return rule.resolvedTactics();
    }
    if (kept.isEmpty()) {
      kept.addAll(current);
    }
    List<String> techniques = mappings.values().stream().map(TechniqueMapping::newId)
        .distinct().toList();
    String release = migration.targetRelease().map(name -> "ATT&CK " + name)
        .orElse("the target release");
    notes.add(MigrationNote.builder()
        .action(MigrationNote.Action.TACTIC_CHANGED)
        .subject(subject)
        .message((dropped.size() == 1 ? "tactic " + dropped.get(0) + " is not a tactic of "
            : "tactics " + String.join(", ", dropped) + " are not tactics of ")
            + String.join(", ", techniques) + " in " + release + "; the rule's tactics are now "
            + String.join(", ", kept))
        .build());
    return List.copyOf(kept);
  }

  @Override
  public String toString() {
    return "InventoryMigration to " + migration.targetRelease().orElse("an unnamed release");
  }
}

package dev.attackj.gap.profile;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Tactic;
import dev.attackj.core.Technique;
import dev.attackj.core.diff.MigrationNote;
import dev.attackj.core.diff.MigrationReport;
import dev.attackj.core.diff.ObjectRef;
import dev.attackj.core.diff.TechniqueMapping;
import dev.attackj.core.diff.TechniqueMigration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The migration of a threat profile to a newer ATT&CK release. Every change or flag is noted in
 * the {@link MigrationReport}:
 *
 * <ul>
 *   <li>A revoked technique is replaced by the end of its revoked-by chain.
 *   <li>Techniques that are the same after replacement merge into one whose uses are the
 *       distinct uses of both; the weight, the sum of each actor's greatest use weight, follows.
 *   <li>Deprecated, revoked-without-replacement and unknown techniques are kept and flagged.
 *   <li>Names, platforms and tactics come from the newer release; a change of tactics is noted.
 * </ul>
 *
 * <p>The profile's release becomes the target's when the target names it, and its tactics those
 * of the target's matrix.
 */
public final class ProfileMigration {

  private final TechniqueMigration migration;

  private ProfileMigration(TechniqueMigration migration) {
    this.migration = migration;
  }

  /** A migration to the release of a knowledge base. */
  public static ProfileMigration to(KnowledgeBase target) {
    return new ProfileMigration(TechniqueMigration.to(target));
  }

  /** Migrates a threat profile. */
  public MigratedProfile migrate(ThreatProfile profile) {
    List<MigrationNote> notes = new ArrayList<>();
    Map<String, List<TechniqueThreat>> byNewId = new TreeMap<>();
    Map<String, List<String>> oldIds = new TreeMap<>();
    for (TechniqueThreat threat : profile.techniques().values()) {
      TechniqueThreat migrated = migrate(threat, notes);
      byNewId.computeIfAbsent(migrated.techniqueId(), k -> new ArrayList<>()).add(migrated);
      oldIds.computeIfAbsent(migrated.techniqueId(), k -> new ArrayList<>())
          .add(threat.techniqueId());
    }
    Map<String, TechniqueThreat> techniques = new LinkedHashMap<>();
    byNewId.forEach((id, group) -> techniques.put(id, merge(id, group, oldIds.get(id), notes)));

    KnowledgeBase target = migration.target();
    Optional<String> release = migration.targetRelease();
    ThreatProfile migrated = ImmutableThreatProfile.builder().from(profile)
        .release(release.orElse(profile.release()))
        .tactics(target.tactics().stream().map(Tactic::shortName).distinct().toList())
        .techniques(techniques)
        .build();
    MigrationReport report = MigrationReport.builder()
        .subject("threat profile " + profile.name())
        .fromRelease(profile.release().isEmpty() ? Optional.empty()
            : Optional.of(profile.release()))
        .toRelease(release)
        .notes(notes)
        .build();
    return MigratedProfile.builder().profile(migrated).report(report).build();
  }

  private TechniqueThreat migrate(TechniqueThreat threat, List<MigrationNote> notes) {
    String subject = "technique " + threat.techniqueId();
    TechniqueMapping mapping = migration.map(threat.techniqueId());
    mapping.note(subject).ifPresent(notes::add);
    Optional<Technique> technique = mapping.technique().map(ObjectRef::stixId)
        .flatMap(stixId -> migration.target().byStixId(stixId, Technique.class));
    if (technique.isEmpty()) {
      return threat;
    }
    List<String> tactics = mapping.tactics();
    if (!Set.copyOf(tactics).equals(Set.copyOf(threat.tactics()))) {
      notes.add(MigrationNote.builder()
          .action(MigrationNote.Action.TACTIC_CHANGED)
          .subject(subject)
          .oldId(threat.techniqueId())
          .newId(mapping.newId())
          .message("tactics " + String.join(", ", threat.tactics()) + " are now "
              + String.join(", ", tactics))
          .build());
    }
    return ImmutableTechniqueThreat.builder().from(threat)
        .techniqueId(mapping.newId())
        .name(technique.get().name())
        .tactics(tactics)
        .platforms(technique.get().platforms())
        .build();
  }

  /** Merges techniques with the same ID by the rule in the class comment. */
  private static TechniqueThreat merge(String id, List<TechniqueThreat> group,
      List<String> oldIds, List<MigrationNote> notes) {
    if (group.size() == 1) {
      return group.get(0);
    }
    Set<ActorUse> uses = new LinkedHashSet<>();
    group.forEach(threat -> uses.addAll(threat.uses()));
    TechniqueThreat merged = ImmutableTechniqueThreat.builder().from(group.get(0))
        .uses(uses)
        .build();
    notes.add(MigrationNote.builder()
        .action(MigrationNote.Action.MERGED)
        .subject("technique " + id)
        .newId(id)
        .message(String.join(", ", oldIds) + " now all name " + id + "; their uses were united ("
            + merged.actorCount() + (merged.actorCount() == 1 ? " actor" : " actors") + ", weight " + merged.weight() + ")")
        .build());
    return merged;
  }

  @Override
  public String toString() {
    return "ProfileMigration to " + migration.targetRelease().orElse("an unnamed release");
  }
}

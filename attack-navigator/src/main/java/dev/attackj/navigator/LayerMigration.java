package dev.attackj.navigator;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.diff.MigrationNote;
import dev.attackj.core.diff.MigrationReport;
import dev.attackj.core.diff.TechniqueMapping;
import dev.attackj.core.diff.TechniqueMigration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The migration of a layer to a newer ATT&CK release. Each entry is changed as follows, and
 * every change or flag is noted in the {@link MigrationReport}:
 *
 * <ul>
 *   <li>A revoked technique ID is replaced by the end of its revoked-by chain.
 *   <li>A deprecated technique, a revoked one without a replacement and an unknown ID keep their
 *       entry and are flagged.
 *   <li>An entry under a tactic the technique no longer belongs to moves to the technique's only
 *       tactic, or to every tactic (no tactic) when it has several.
 *   <li>Entries that name the same technique and tactic after these steps merge into one, in the
 *       place of the first: the maximum score, the first non-empty color, the distinct non-empty
 *       comments joined by a blank line, enabled when any is, and the metadata and links of all.
 * </ul>
 *
 * <p>The layer's ATT&CK version becomes the major version of the target release, such as
 * {@code 18} for 18.1, when the target names its release.
 */
public final class LayerMigration {

  private final TechniqueMigration migration;

  private LayerMigration(TechniqueMigration migration) {
    this.migration = migration;
  }

  /** A migration to the release of a knowledge base. */
  public static LayerMigration to(KnowledgeBase target) {
    return new LayerMigration(TechniqueMigration.to(target));
  }

  /**
   * Migrates a layer.
   *
   * @throws IllegalArgumentException if the layer's domain is not a domain of the target
   */
  public MigratedLayer migrate(Layer layer) {
    Set<String> domains = migration.target().domains();
    if (!domains.isEmpty() && !domains.contains(layer.domain())) {
      throw new IllegalArgumentException("cannot migrate layer \"" + layer.name()
          + "\" of domain " + layer.domain() + " to a release of " + String.join(", ", domains)
          + "; give the bundle of the layer's domain");
    }
    List<MigrationNote> notes = new ArrayList<>();
    Map<String, List<TechniqueEntry>> byKey = new LinkedHashMap<>();
    Map<String, List<String>> sources = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (TechniqueEntry entry : layer.techniques()) {
      TechniqueEntry migrated = migrate(entry, notes);
      byKey.computeIfAbsent(migrated.key(), k -> new ArrayList<>()).add(migrated);
      sources.computeIfAbsent(migrated.key(), k -> new ArrayList<>()).add(entry.label());
      labels.putIfAbsent(migrated.key(), migrated.label());
    }
    List<TechniqueEntry> entries = new ArrayList<>();
    byKey.forEach((key, group) -> entries.add(group.size() == 1 ? group.get(0)
        : merge(labels.get(key), group, sources.get(key), notes)));

    Optional<String> release = migration.targetRelease();
    Versions versions = Versions.builder().from(layer.versions())
        .attack(release.map(LayerMigration::major).or(() -> layer.versions().attack()))
        .build();
    Layer migrated = Layer.builder().from(layer)
        .versions(versions)
        .techniques(entries)
        .build();
    MigrationReport report = MigrationReport.builder()
        .subject("layer " + layer.name())
        .fromRelease(layer.versions().attack())
        .toRelease(release)
        .notes(notes)
        .build();
    return MigratedLayer.builder().layer(migrated).report(report).build();
  }

  private TechniqueEntry migrate(TechniqueEntry entry, List<MigrationNote> notes) {
    String subject = entry.label();
    TechniqueMapping mapping = migration.map(entry.techniqueId());
    mapping.note(subject).ifPresent(notes::add);
    ImmutableTechniqueEntry migrated = ImmutableTechniqueEntry.copyOf(entry)
        .withTechniqueId(mapping.newId());
    if (entry.tactic().isEmpty() || mapping.tactics().isEmpty()
        || mapping.tactics().contains(entry.tactic().get())) {
      return migrated;
    }
    Optional<String> tactic = mapping.tactics().size() == 1
        ? Optional.of(mapping.tactics().get(0))
        : Optional.empty();
    notes.add(MigrationNote.builder()
        .action(MigrationNote.Action.TACTIC_CHANGED)
        .subject(subject)
        .oldId(entry.techniqueId())
        .newId(mapping.newId())
        .message(entry.tactic().get() + " is not a tactic of " + mapping.newId() + " in "
            + migration.targetRelease().map(name -> "ATT&CK " + name).orElse("the target release")
            + "; the entry moves to " + tactic.orElse("every tactic of the technique ("
            + String.join(", ", mapping.tactics()) + ")"))
        .build());
    return migrated.withTactic(tactic);
  }

  /** Merges entries with the same technique and tactic by the rule in the class comment. */
  private static TechniqueEntry merge(String label, List<TechniqueEntry> group,
      List<String> sourceLabels, List<MigrationNote> notes) {
    TechniqueEntry first = group.get(0);
    Optional<BigDecimal> score = group.stream()
        .flatMap(e -> e.score().stream())
        .max(BigDecimal::compareTo);
    String color = group.stream().map(TechniqueEntry::color).filter(c -> !c.isEmpty())
        .findFirst().orElse("");
    Set<String> comments = new LinkedHashSet<>();
    group.forEach(e -> {
      if (!e.comment().isBlank()) {
        comments.add(e.comment());
      }
    });
    ImmutableTechniqueEntry.Builder merged = TechniqueEntry.builder().from(first)
        .score(score)
        .color(color)
        .comment(String.join("\n\n", comments))
        .enabled(group.stream().anyMatch(TechniqueEntry::enabled))
        .showSubtechniques(group.stream().anyMatch(TechniqueEntry::showSubtechniques))
        .metadata(distinct(group.stream().flatMap(e -> e.metadata().stream()).toList()))
        .links(distinct(group.stream().flatMap(e -> e.links().stream()).toList()));
    for (TechniqueEntry other : group.subList(1, group.size())) {
      other.extraFields().forEach((name, value) -> {
        if (!first.extraFields().containsKey(name)) {
          merged.putExtraField(name, value);
        }
      });
    }
    notes.add(MigrationNote.builder()
        .action(MigrationNote.Action.MERGED)
        .subject(label)
        .newId(first.techniqueId())
        .message("entries " + String.join(", ", sourceLabels) + " now name " + label
            + " and were merged: maximum score"
            + score.map(s -> " " + s.toPlainString()).orElse("") + ", first color, comments "
            + "joined, enabled if any was")
        .build());
    return merged.build();
  }

  private static <T> List<T> distinct(List<T> values) {
    return List.copyOf(new LinkedHashSet<>(values));
  }

  /** The major version of a release, such as {@code 18} of {@code 18.1}. */
  static String major(String release) {
    int dot = release.indexOf('.');
    return dot < 0 ? release : release.substring(0, dot);
  }

  @Override
  public String toString() {
    return "LayerMigration to " + migration.targetRelease().orElse("an unnamed release");
  }
}

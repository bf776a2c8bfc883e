package dev.attackj.core.diff;

import dev.attackj.core.AttackObject;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Tactic;
import dev.attackj.core.Technique;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The mapping of technique IDs of older releases to a newer release, the common step of the
 * migrations of layers, detection inventories and threat profiles. A revoked ID maps to the end
 * of its revoked-by chain in the newer release ({@code T1086} to {@code T1059.001}), so the
 * older release need not be loaded.
 *
 * <pre>{@code
 * TechniqueMigration migration = TechniqueMigration.to(KnowledgeBase.load(enterprise181));
 * TechniqueMapping mapping = migration.map("T1086");   // REPLACED by T1059.001
 * }</pre>
 */
public final class TechniqueMigration {

  private final KnowledgeBase target;

  private TechniqueMigration(KnowledgeBase target) {
    this.target = target;
  }

  /** A migration to the release of a knowledge base. */
  public static TechniqueMigration to(KnowledgeBase target) {
    return new TechniqueMigration(target);
  }

  /** The knowledge base of the release migrated to. */
  public KnowledgeBase target() {
    return target;
  }

  /** The release migrated to, such as {@code 18.1}, when known. */
  public Optional<String> targetRelease() {
    return Differ.releaseOf(target);
  }

  /** Maps a technique ID, in any case; an ID that names no technique maps to {@link TechniqueMapping.Status#NOT_FOUND}. */
  public TechniqueMapping map(String techniqueId) {
    String id = techniqueId.trim().toUpperCase(Locale.ROOT);
    Optional<Technique> named = target.byAttackId(id).stream()
        .filter(Technique.class::isInstance)
        .map(Technique.class::cast)
        .findFirst();
    ImmutableTechniqueMapping.Builder mapping = TechniqueMapping.builder().oldId(id);
    if (named.isEmpty()) {
      return mapping.status(TechniqueMapping.Status.NOT_FOUND).build();
    }
    Technique technique = named.get();
    if (technique.isRevoked()) {
      Optional<AttackObject> replacement = target.replacementOf(technique);
      if (replacement.orElse(null) instanceof Technique current) {
        return found(mapping, current, current.isActive()
            ? TechniqueMapping.Status.REPLACED : TechniqueMapping.Status.DEPRECATED);
      }
      return mapping.status(TechniqueMapping.Status.REVOKED_WITHOUT_REPLACEMENT).build();
    }
    return found(mapping, technique, technique.isActive()
        ? TechniqueMapping.Status.CURRENT : TechniqueMapping.Status.DEPRECATED);
  }

  private TechniqueMapping found(ImmutableTechniqueMapping.Builder mapping, Technique technique,
      TechniqueMapping.Status status) {
    List<String> tactics = target.tacticsOf(technique).stream().map(Tactic::shortName).toList();
    return mapping.status(status)
        .technique(ObjectRef.from(technique))
        .tactics(tactics.isEmpty() ? technique.tacticShortNames() : tactics)
        .build();
  }

  @Override
  public String toString() {
    return "TechniqueMigration to " + targetRelease().orElse("an unnamed release");
  }
}

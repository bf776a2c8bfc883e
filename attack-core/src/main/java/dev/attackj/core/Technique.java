package dev.attackj.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A technique or sub-technique (STIX {@code attack-pattern}): how an adversary achieves a tactic.
 */
@Value.Immutable
public abstract class Technique extends AttackObject {

  /** The tactics the technique belongs to, in the order the bundle lists them. */
  public abstract List<KillChainPhase> killChainPhases();

  /** Whether this is a sub-technique ({@code x_mitre_is_subtechnique}). */
  @Value.Default
  public boolean isSubTechnique() {
    return false;
  }

  /** How to detect the technique, as text ({@code x_mitre_detection}, before ATT&CK v18). */
  public abstract Optional<String> detection();

  /** Data sources and components, as text ({@code x_mitre_data_sources}, before ATT&CK v18). */
  public abstract List<String> dataSources();

  public abstract List<String> permissionsRequired();

  public abstract List<String> effectivePermissions();

  public abstract List<String> defenseBypassed();

  public abstract List<String> systemRequirements();

  public abstract Optional<Boolean> remoteSupport();

  public abstract Optional<Boolean> networkRequirements();

  /** The impact types, such as {@code Availability} ({@code x_mitre_impact_type}). */
  public abstract List<String> impactType();

  /**
   * Mobile tactic types ({@code x_mitre_tactic_type}), such as {@code Post-Adversary Device
   * Access}.
   */
  public abstract List<String> tacticType();

  /** The technique ID, parsed from the ATT&CK id; empty for an object without one. */
  public final Optional<TechniqueId> techniqueId() {
    return attackId().flatMap(TechniqueId::tryParse);
  }

  /** The short names of the tactics the technique belongs to, such as {@code execution}. */
  public final List<String> tacticShortNames() {
    return killChainPhases().stream().map(KillChainPhase::phaseName).distinct().toList();
  }

  @Override
  public ObjectType objectType() {
    return ObjectType.TECHNIQUE;
  }

  public static ImmutableTechnique.Builder builder() {
    return ImmutableTechnique.builder();
  }
}

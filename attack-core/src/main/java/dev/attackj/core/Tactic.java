package dev.attackj.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A tactic (STIX {@code x-mitre-tactic}): the adversary's goal, a column of the matrix. */
@Value.Immutable
public abstract class Tactic extends AttackObject {

  /**
   * The short name techniques use in their kill chain phases, such as {@code credential-access}.
   */
  @Value.Default
  public String shortName() {
    return "";
  }

  @Override
  public ObjectType objectType() {
    return ObjectType.TACTIC;
  }

  public static ImmutableTactic.Builder builder() {
    return ImmutableTactic.builder();
  }
}

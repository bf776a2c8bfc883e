package dev.attackj.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A matrix (STIX {@code x-mitre-matrix}): the tactics of a domain, in kill-chain order. */
@Value.Immutable
public abstract class Matrix extends AttackObject {

  /** The STIX ids of the tactics, in the order they appear as columns. */
  public abstract List<String> tacticRefs();

  @Override
  public ObjectType objectType() {
    return ObjectType.MATRIX;
  }

  public static ImmutableMatrix.Builder builder() {
    return ImmutableMatrix.builder();
  }
}

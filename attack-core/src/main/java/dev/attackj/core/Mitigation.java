package dev.attackj.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A mitigation (STIX {@code course-of-action}): a way to prevent a technique from succeeding. */
@Value.Immutable
public abstract class Mitigation extends AttackObject {

  @Override
  public ObjectType objectType() {
    return ObjectType.MITIGATION;
  }

  public static ImmutableMitigation.Builder builder() {
    return ImmutableMitigation.builder();
  }
}

package dev.attackj.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group (STIX {@code intrusion-set}): a set of related intrusion activity tracked by a common
 * name.
 */
@Value.Immutable
public abstract class Group extends AttackObject {

  @Override
  public ObjectType objectType() {
    return ObjectType.GROUP;
  }

  public static ImmutableGroup.Builder builder() {
    return ImmutableGroup.builder();
  }
}

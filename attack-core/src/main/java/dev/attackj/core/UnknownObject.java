package dev.attackj.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An object of a STIX type this library does not model, kept with all its properties in {@link
 * #extraProperties()}.
 */
@Value.Immutable
public abstract class UnknownObject extends AttackObject {

  @Override
  public ObjectType objectType() {
    return ObjectType.OTHER;
  }

  public static ImmutableUnknownObject.Builder builder() {
    return ImmutableUnknownObject.builder();
  }
}

package dev.attackj.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An identity: the organisation that created the objects of a bundle. */
@Value.Immutable
public abstract class Identity extends AttackObject {

  public abstract Optional<String> identityClass();

  @Override
  public ObjectType objectType() {
    return ObjectType.IDENTITY;
  }

  public static ImmutableIdentity.Builder builder() {
    return ImmutableIdentity.builder();
  }
}

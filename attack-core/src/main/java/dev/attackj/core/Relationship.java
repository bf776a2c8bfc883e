package dev.attackj.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A relationship between two objects, such as a group that {@code uses} a technique. */
@Value.Immutable
public abstract class Relationship extends AttackObject {

  /**
   * The kind of relationship: {@code uses}, {@code mitigates}, {@code subtechnique-of}, {@code
   * detects}, {@code attributed-to}, {@code targets}, {@code revoked-by}.
   */
  public abstract String relationshipType();

  public abstract String sourceRef();

  public abstract String targetRef();

  @Override
  public String toString() {
    return sourceRef() + " " + relationshipType() + " " + targetRef();
  }

  @Override
  public ObjectType objectType() {
    return ObjectType.RELATIONSHIP;
  }

  public static ImmutableRelationship.Builder builder() {
    return ImmutableRelationship.builder();
  }
}

package dev.attackj.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A collection (STIX {@code x-mitre-collection}): the release a bundle holds, with the objects in
 * it.
 */
@Value.Immutable
public abstract class Collection extends AttackObject {

  /** The objects of the collection, with the version of each. */
  public abstract List<CollectionEntry> contents();

  @Override
  public ObjectType objectType() {
    return ObjectType.COLLECTION;
  }

  public static ImmutableCollection.Builder builder() {
    return ImmutableCollection.builder();
  }
}

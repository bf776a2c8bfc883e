package dev.attackj.core;

import java.time.Instant;
import org.immutables.value.Value;

/** An object of a collection: its STIX id and the modification time of the version included. */
@Value.Immutable
public abstract class CollectionEntry {

  @Value.Parameter
  public abstract String objectRef();

  @Value.Parameter
  public abstract Instant objectModified();

  public static CollectionEntry of(String objectRef, Instant objectModified) {
    return ImmutableCollectionEntry.of(objectRef, objectModified);
  }

  @Override
  public String toString() {
    return objectRef();
  }
}

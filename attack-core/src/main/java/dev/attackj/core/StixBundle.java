package dev.attackj.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The objects read from one STIX bundle, with the problems found while reading it. */
@Value.Immutable
public abstract class StixBundle {

  /** Where the bundle came from: a path, or the name given for a stream. */
  public abstract String source();

  /** The bundle's own id ({@code bundle--...}), when it has one. */
  public abstract Optional<String> bundleId();

  /** The bundle's {@code spec_version} (STIX 2.0 bundles carry {@code 2.0}; 2.1 bundles none). */
  public abstract Optional<String> specVersion();

  /** The objects, in the order of the file. */
  public abstract List<AttackObject> objects();

  public abstract ParseReport report();

  /** The {@code x-mitre-collection} objects, which name the release a bundle holds. */
  public final List<Collection> collections() {
    return objects().stream()
        .filter(Collection.class::isInstance)
        .map(Collection.class::cast)
        .toList();
  }

  public static ImmutableStixBundle.Builder builder() {
    return ImmutableStixBundle.builder();
  }

  @Override
  public String toString() {
    return source() + " (" + objects().size() + " objects)";
  }
}

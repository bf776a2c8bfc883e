package dev.attackj.core;

import java.util.Optional;
import org.immutables.value.Value;

/** A citation or identifier attached to an ATT&CK object (a STIX external reference). */
@Value.Immutable
public abstract class ExternalReference {

  /** The source, such as {@code mitre-attack} or a citation name used in descriptions. */
  public abstract String sourceName();

  public abstract Optional<String> description();

  public abstract Optional<String> url();

  /** The identifier within the source, such as {@code T1059.001} for {@code mitre-attack}. */
  public abstract Optional<String> externalId();

  public static ImmutableExternalReference.Builder builder() {
    return ImmutableExternalReference.builder();
  }

  @Override
  public String toString() {
    return sourceName() + externalId().map(id -> " " + id).orElse("");
  }
}

package dev.attackj.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An analytic (STIX {@code x-mitre-analytic}, ATT&CK v18 and later): detection logic for one
 * platform, with the log sources it reads.
 */
@Value.Immutable
public abstract class Analytic extends AttackObject {

  /** The log sources the analytic reads, each tied to a data component. */
  public abstract List<LogSourceReference> logSourceReferences();

  /** The elements a defender tunes for their environment, such as thresholds. */
  public abstract List<MutableElement> mutableElements();

  @Override
  public ObjectType objectType() {
    return ObjectType.ANALYTIC;
  }

  public static ImmutableAnalytic.Builder builder() {
    return ImmutableAnalytic.builder();
  }
}

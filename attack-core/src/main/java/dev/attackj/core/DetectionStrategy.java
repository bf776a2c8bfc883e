package dev.attackj.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A detection strategy (STIX {@code x-mitre-detection-strategy}, ATT&CK v18 and later): an approach
 * to detecting a technique, carried out by analytics.
 */
@Value.Immutable
public abstract class DetectionStrategy extends AttackObject {

  /** The STIX ids of the analytics that implement this strategy, one per platform. */
  public abstract List<String> analyticRefs();

  @Override
  public ObjectType objectType() {
    return ObjectType.DETECTION_STRATEGY;
  }

  public static ImmutableDetectionStrategy.Builder builder() {
    return ImmutableDetectionStrategy.builder();
  }
}

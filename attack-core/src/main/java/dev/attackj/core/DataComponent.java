package dev.attackj.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A data component (STIX {@code x-mitre-data-component}): a specific property or event of a data
 * source.
 */
@Value.Immutable
public abstract class DataComponent extends AttackObject {

  /** The STIX id of the data source the component belongs to, when it names one. */
  public abstract Optional<String> dataSourceRef();

  /**
   * The log sources that carry this component ({@code x_mitre_log_sources}, ATT&CK v18 and later).
   */
  public abstract List<LogSource> logSources();

  @Override
  public ObjectType objectType() {
    return ObjectType.DATA_COMPONENT;
  }

  public static ImmutableDataComponent.Builder builder() {
    return ImmutableDataComponent.builder();
  }
}

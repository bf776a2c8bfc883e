package dev.attackj.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A data source (STIX {@code x-mitre-data-source}): a kind of information collected by sensors or
 * logs.
 */
@Value.Immutable
public abstract class DataSource extends AttackObject {

  /**
   * Where the data is collected, such as {@code Host} or {@code Network} ({@code
   * x_mitre_collection_layers}).
   */
  public abstract List<String> collectionLayers();

  @Override
  public ObjectType objectType() {
    return ObjectType.DATA_SOURCE;
  }

  public static ImmutableDataSource.Builder builder() {
    return ImmutableDataSource.builder();
  }
}

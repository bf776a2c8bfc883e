package dev.attackj.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An asset related to an ICS asset, such as another name for the same kind of device. */
@Value.Immutable
public abstract class RelatedAsset {

  public abstract String name();

  public abstract Optional<String> description();

  public abstract List<String> sectors();

  public static ImmutableRelatedAsset.Builder builder() {
    return ImmutableRelatedAsset.builder();
  }

  @Override
  public String toString() {
    return name();
  }
}

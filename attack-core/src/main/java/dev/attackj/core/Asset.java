package dev.attackj.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An asset (STIX {@code x-mitre-asset}, ICS): a device or application that techniques target. */
@Value.Immutable
public abstract class Asset extends AttackObject {

  public abstract List<String> sectors();

  public abstract List<RelatedAsset> relatedAssets();

  @Override
  public ObjectType objectType() {
    return ObjectType.ASSET;
  }

  public static ImmutableAsset.Builder builder() {
    return ImmutableAsset.builder();
  }
}

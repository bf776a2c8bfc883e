package dev.attackj.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A campaign: intrusion activity over a period of time with common targets and objectives. */
@Value.Immutable
public abstract class Campaign extends AttackObject {

  public abstract Optional<Instant> firstSeen();

  public abstract Optional<Instant> lastSeen();

  /** The citation for {@link #firstSeen()}, such as {@code (Citation: ESET Lazarus Jun 2020)}. */
  public abstract Optional<String> firstSeenCitation();

  public abstract Optional<String> lastSeenCitation();

  @Override
  public ObjectType objectType() {
    return ObjectType.CAMPAIGN;
  }

  public static ImmutableCampaign.Builder builder() {
    return ImmutableCampaign.builder();
  }
}

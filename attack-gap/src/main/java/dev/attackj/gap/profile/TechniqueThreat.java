package dev.attackj.gap.profile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** A technique of a threat profile: the actors that use it, how, and with what weight. */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableTechniqueThreat.class)
@JsonDeserialize(as = ImmutableTechniqueThreat.class)
@JsonPropertyOrder({"technique", "name", "tactics", "platforms", "actorCount", "weight", "uses"})
public abstract class TechniqueThreat {

  /** The ATT&CK technique ID, such as {@code T1059.001}. */
  @JsonProperty("technique")
  public abstract String techniqueId();

  @JsonProperty("name")
  @Value.Default
  public String name() {
    return "";
  }

  /** The short names of the technique's tactics, in matrix order. */
  @JsonProperty("tactics")
  public abstract List<String> tactics();

  @JsonProperty("platforms")
  public abstract List<String> platforms();

  /** Every use of the technique by an actor of the profile. */
  @JsonProperty("uses")
  public abstract List<ActorUse> uses();

  /** The IDs of the actors that use the technique, each once, in the order of their first use. */
  @Value.Lazy
  public List<String> actorIds() {
    return uses().stream().map(ActorUse::actor).distinct().toList();
  }

  /** The number of distinct actors that use the technique. */
  @JsonProperty("actorCount")
  @Value.Derived
  public int actorCount() {
    return (int) uses().stream().map(ActorUse::actor).distinct().count();
  }

  /**
   * The sum over the actors that use the technique of each actor's greatest use weight, so an
   * actor that uses a technique in several ways counts once.
   */
  @JsonProperty("weight")
  @Value.Derived
  public double weight() {
    Map<String, Double> byActor = new LinkedHashMap<>();
    for (ActorUse use : uses()) {
      byActor.merge(use.actor(), use.weight(), Math::max);
    }
    return byActor.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  public static ImmutableTechniqueThreat.Builder builder() {
    return ImmutableTechniqueThreat.builder();
  }

  /** One line, such as {@code T1059.001 PowerShell (3 actors)}. */
  @Override
  public String toString() {
    return techniqueId() + " " + name() + " (" + actorCount() + (actorCount() == 1 ? " actor)" : " actors)");
  }
}

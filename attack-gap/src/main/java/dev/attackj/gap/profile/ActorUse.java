package dev.attackj.gap.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One way an actor of a profile uses a technique: directly, through software or a campaign. */
@Value.Immutable
@JsonSerialize(as = ImmutableActorUse.class)
@JsonDeserialize(as = ImmutableActorUse.class)
@JsonPropertyOrder({"actor", "via", "through", "weight"})
public abstract class ActorUse {

  /** How an actor comes to use a technique. */
  public enum Via {
    /** The actor uses the technique itself, or a file lists it for the actor. */
    DIRECT,
    /** Software the actor uses implements the technique. */
    SOFTWARE,
    /** A campaign attributed to the actor used the technique. */
    CAMPAIGN
  }

  /** The {@linkplain Actor#id() ID} of the actor. */
  @JsonProperty("actor")
  public abstract String actor();

  @JsonProperty("via")
  public abstract Via via();

  /** The software or campaign the use goes through, such as {@code S0154 Cobalt Strike}. */
  @JsonProperty("through")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Default
  public String through() {
    return "";
  }

  /** The actor's weight times the weight of the technique for that actor. */
  @JsonProperty("weight")
  public abstract double weight();

  public static ImmutableActorUse.Builder builder() {
    return ImmutableActorUse.builder();
  }

  /** One line, such as {@code G0046 via SOFTWARE S0154 Cobalt Strike (weight 1.0)}. */
  @Override
  public String toString() {
    String route = via() == Via.DIRECT ? "directly" : "via " + via() + " " + through();
    return actor() + " " + route + " (weight " + weight() + ")";
  }
}

package dev.attackj.gap.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An adversary of a threat profile: an ATT&CK group, campaign or software, or a custom actor read
 * from a file, with the weight the defender gives it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActor.class)
@JsonDeserialize(as = ImmutableActor.class)
@JsonPropertyOrder({"id", "name", "kind", "weight", "source"})
public abstract class Actor {

  /** What kind of adversary an actor is. */
  public enum Kind {
    /** An ATT&CK group (STIX {@code intrusion-set}). */
    GROUP,
    /** An ATT&CK campaign. */
    CAMPAIGN,
    /** ATT&CK software: malware or a tool. */
    SOFTWARE,
    /** An actor defined in a file: a DeTT&CT group, a Navigator layer or a CSV file. */
    CUSTOM
  }

  /** The ATT&CK ID, such as {@code G0046}, or the name of a custom actor. */
  @JsonProperty("id")
  public abstract String id();

  @JsonProperty("name")
  public abstract String name();

  @JsonProperty("kind")
  public abstract Kind kind();

  /** The weight the defender gives the actor; 1 unless set. */
  @JsonProperty("weight")
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** Where the actor comes from, such as {@code ATT&CK 18.1} or a file path. */
  @JsonProperty("source")
  @Value.Default
  public String source() {
    return "";
  }

  @Value.Check
  void check() {
    if (!(weight() >= 0) || Double.isInfinite(weight())) {
      throw new IllegalArgumentException(
          "weight of actor " + name() + " must be a finite number of at least 0: " + weight());
    }
  }

  public static ImmutableActor.Builder builder() {
    return ImmutableActor.builder();
  }

  /** The ID and name, such as {@code G0046 FIN7}, or the name alone for a custom actor. */
  @Override
  public String toString() {
    return id().equals(name()) ? name() : id() + " " + name();
  }
}

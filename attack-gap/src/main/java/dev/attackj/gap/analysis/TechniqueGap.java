package dev.attackj.gap.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A technique of a threat profile with its coverage status and the actors that use it. */
@Value.Immutable
@JsonSerialize(as = ImmutableTechniqueGap.class)
@JsonDeserialize(as = ImmutableTechniqueGap.class)
@JsonPropertyOrder({"technique", "name", "status", "coverageScore", "ruleCount", "rolledUp",
    "tactics", "actors", "weight"})
public abstract class TechniqueGap {

  /** The ATT&CK technique ID, such as {@code T1059.001}. */
  @JsonProperty("technique")
  public abstract String techniqueId();

  @JsonProperty("name")
  public abstract String name();

  @JsonProperty("status")
  public abstract GapStatus status();

  /** The coverage score: a number of rules or a quality score; 0 when uncovered. */
  @JsonProperty("coverageScore")
  public abstract double coverageScore();

  /** The number of rules that cover the technique, directly or through roll-up. */
  @JsonProperty("ruleCount")
  public abstract int ruleCount();

  /** Whether the technique is covered only through roll-up. */
  @JsonProperty("rolledUp")
  public abstract boolean rolledUp();

  /** The short names of the technique's tactics, in matrix order. */
  @JsonProperty("tactics")
  public abstract List<String> tactics();

  /** The IDs of the profile's actors that use the technique. */
  @JsonProperty("actors")
  public abstract List<String> actors();

  /**
   * The technique's weight in the profile; see
   * {@link dev.attackj.gap.profile.TechniqueThreat#weight()}.
   */
  @JsonProperty("weight")
  public abstract double weight();

  public static ImmutableTechniqueGap.Builder builder() {
    return ImmutableTechniqueGap.builder();
  }

  /** One line, such as {@code T1059.001 PowerShell: GAP}. */
  @Override
  public String toString() {
    return techniqueId() + " " + name() + ": " + status();
  }
}

package dev.attackj.gap.coverage;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The coverage of one technique: the rules that cover it and its score. The score is the number
 * of rules, or a quality score such as a DeTT&CT detection score, as the coverage policy sets.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTechniqueCoverage.class)
@JsonDeserialize(as = ImmutableTechniqueCoverage.class)
@JsonPropertyOrder({"techniqueId", "score", "ruleIds", "rolledUp"})
public abstract class TechniqueCoverage {

  /** The ATT&CK technique ID, such as {@code T1059.001}. */
  @JsonProperty("techniqueId")
  public abstract String techniqueId();

  /** The number of rules, or a quality score; 0 when nothing covers the technique. */
  @JsonProperty("score")
  @Value.Default
  public double score() {
    return 0;
  }

  /** The ids of the rules that cover the technique, directly or through roll-up. */
  @JsonProperty("ruleIds")
  public abstract List<String> ruleIds();

  /** Whether the technique is covered only through roll-up from its parent or sub-techniques. */
  @JsonProperty("rolledUp")
  @Value.Default
  public boolean rolledUp() {
    return false;
  }

  /** Whether a rule covers the technique or its score is above 0. */
  @JsonIgnore
  public final boolean isCovered() {
    return !ruleIds().isEmpty() || score() > 0;
  }

  public static ImmutableTechniqueCoverage.Builder builder() {
    return ImmutableTechniqueCoverage.builder();
  }

  /** One line, such as {@code T1059.001 score 3.0 (3 rules)}. */
  @Override
  public String toString() {
    return techniqueId() + " score " + score() + " (" + ruleIds().size() + " rules"
        + (rolledUp() ? ", rolled up" : "") + ")";
  }
}

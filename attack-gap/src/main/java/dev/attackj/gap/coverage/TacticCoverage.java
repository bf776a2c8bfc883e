package dev.attackj.gap.coverage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The coverage of one tactic within a scope: how many of its techniques are covered. */
@Value.Immutable
@JsonSerialize(as = ImmutableTacticCoverage.class)
@JsonDeserialize(as = ImmutableTacticCoverage.class)
@JsonPropertyOrder({"tactic", "covered", "total", "percent"})
public abstract class TacticCoverage {

  /** The tactic short name, such as {@code execution}; empty for the whole scope. */
  @JsonProperty("tactic")
  public abstract String tactic();

  /** The number of techniques of the tactic in the scope that are covered. */
  @JsonProperty("covered")
  public abstract int covered();

  /** The number of techniques of the tactic in the scope. */
  @JsonProperty("total")
  public abstract int total();

  /** The covered share in percent, from 0 to 100; 0 when the tactic has no techniques. */
  @JsonProperty("percent")
  @Value.Derived
  public double percent() {
    return total() == 0 ? 0 : 100.0 * covered() / total();
  }

  public static TacticCoverage of(String tactic, int covered, int total) {
    return ImmutableTacticCoverage.builder().tactic(tactic).covered(covered).total(total).build();
  }

  /** One line, such as {@code execution 12/40 (30.0%)}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s %d/%d (%.1f%%)",
        tactic().isEmpty() ? "overall" : tactic(), covered(), total(), percent());
  }
}

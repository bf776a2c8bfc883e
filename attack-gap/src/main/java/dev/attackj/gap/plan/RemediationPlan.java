package dev.attackj.gap.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.attackj.gap.profile.Mappers;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A remediation plan: from the current coverage of a threat profile to a target, the shortest
 * list of gaps in the order a strategy ranks them, split into waves. Coverage is the share of
 * the profile's techniques that are fully covered, in percent.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRemediationPlan.class)
@JsonDeserialize(as = ImmutableRemediationPlan.class)
@JsonPropertyOrder({"assessmentDate", "attackRelease", "profile", "primaryThreats", "strategy",
    "techniques", "currentCoverage", "targetCoverage", "plannedCoverage", "waves",
    "remainingGaps"})
public abstract class RemediationPlan {

  /** The date of the assessment, as {@code yyyy-mm-dd}. */
  @JsonProperty("assessmentDate")
  public abstract String assessmentDate();

  /** The ATT&CK release, such as {@code 18.1}; empty when unknown. */
  @JsonProperty("attackRelease")
  public abstract String attackRelease();

  /** The name of the threat profile. */
  @JsonProperty("profile")
  public abstract String profile();

  /** The profile's actors, heaviest first, as {@code ID name}. */
  @JsonProperty("primaryThreats")
  public abstract List<String> primaryThreats();

  /** The name of the strategy that ordered the gaps. */
  @JsonProperty("strategy")
  public abstract String strategy();

  /** The number of techniques in the profile. */
  @JsonProperty("techniques")
  public abstract int techniques();

  @JsonProperty("currentCoverage")
  public abstract double currentCoverage();

  @JsonProperty("targetCoverage")
  public abstract double targetCoverage();

  /** The coverage once every wave is done. */
  @JsonProperty("plannedCoverage")
  public abstract double plannedCoverage();

  @JsonProperty("waves")
  public abstract List<Wave> waves();

  /** The gaps left for after the plan, in rank order, as technique IDs. */
  @JsonProperty("remainingGaps")
  public abstract List<String> remainingGaps();

  public static ImmutableRemediationPlan.Builder builder() {
    return ImmutableRemediationPlan.builder();
  }

  /** Returns the items of every wave, in rank order. */
  public final List<PlanItem> items() {
    return waves().stream().flatMap(wave -> wave.items().stream()).toList();
  }

  /** Writes the plan as JSON. */
  public final String toJson() {
    return Mappers.toJson(this);
  }

  /** Writes the plan as YAML. */
  public final String toYaml() {
    return Mappers.toYaml(this);
  }

  /** One line, such as {@code Plan for FIN7: 64.0% to 80.0% in 3 waves, 12 gaps}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Plan for %s: %.1f%% to %.1f%% in %d waves, %d gaps",
        profile(), currentCoverage(), plannedCoverage(), waves().size(), items().size());
  }
}

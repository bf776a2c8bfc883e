package dev.attackj.gap.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.attackj.gap.analysis.GapStatus;
import java.util.List;
import org.immutables.value.Value;

/**
 * One gap of a plan: the technique, who uses it, why it ranks where it does, what to build
 * (ATT&CK's detection strategies, analytics and log sources from v18 on, or its data components
 * before), the mitigations, and the effort.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanItem.class)
@JsonDeserialize(as = ImmutablePlanItem.class)
@JsonPropertyOrder({"rank", "technique", "name", "status", "tactics", "actors", "score",
    "rationale", "detectionApproach", "dataSources", "detectionStrategies", "analytics",
    "logSources", "dataComponents", "mitigations", "effort"})
public abstract class PlanItem {

  /** The place of the gap in the ranking of all gaps, counted from 1. */
  @JsonProperty("rank")
  public abstract int rank();

  /** The ATT&CK technique ID. */
  @JsonProperty("technique")
  public abstract String techniqueId();

  @JsonProperty("name")
  public abstract String name();

  /** {@link GapStatus#GAP} or {@link GapStatus#PARTIAL}. */
  @JsonProperty("status")
  public abstract GapStatus status();

  /** The short names of the technique's tactics, in matrix order. */
  @JsonProperty("tactics")
  public abstract List<String> tactics();

  /** The actors of the profile that use the technique, as {@code ID name}. */
  @JsonProperty("actors")
  public abstract List<String> actors();

  /** The strategy's score. */
  @JsonProperty("score")
  public abstract double score();

  /** Why the gap ranks where it does: the strategy's explanation of the score. */
  @JsonProperty("rationale")
  public abstract String rationale();

  /** How to detect the technique, in one sentence. */
  @JsonProperty("detectionApproach")
  public abstract String detectionApproach();

  /**
   * The data needed: the log sources of the analytics, or the data components when ATT&CK names
   * no log source.
   */
  @JsonProperty("dataSources")
  public abstract List<String> dataSources();

  @JsonProperty("detectionStrategies")
  public abstract List<String> detectionStrategies();

  @JsonProperty("analytics")
  public abstract List<String> analytics();

  @JsonProperty("logSources")
  public abstract List<String> logSources();

  @JsonProperty("dataComponents")
  public abstract List<String> dataComponents();

  @JsonProperty("mitigations")
  public abstract List<String> mitigations();

  @JsonProperty("effort")
  public abstract Effort effort();

  public static ImmutablePlanItem.Builder builder() {
    return ImmutablePlanItem.builder();
  }

  /** One line, such as {@code 3. T1059 Command and Scripting Interpreter (GAP, 2.0 days (S))}. */
  @Override
  public String toString() {
    return rank() + ". " + techniqueId() + " " + name() + " (" + status() + ", " + effort() + ")";
  }
}

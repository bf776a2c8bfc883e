package dev.attackj.gap.inventory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A detection rule of an inventory: where it was read, its state, what it looks at, and the
 * ATT&CK techniques and tactics it is mapped to.
 *
 * <p>{@link #techniqueIds()} and {@link #tactics()} hold the mapping as the rule writes it
 * (upper-cased IDs, tactic names in the rule's spelling). {@link #resolvedTechniqueIds()} and
 * {@link #resolvedTactics()} are filled when an inventory is normalised against a knowledge
 * base: revoked IDs replaced, duplicates removed, tactics as short names.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDetectionRule.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "title", "format", "file", "line", "status", "enabled"})
public abstract class DetectionRule {

  /** The rule id: a Sigma or Elastic UUID, a Splunk stanza name, or a row id. */
  @JsonProperty("id")
  public abstract String id();

  @JsonProperty("title")
  @Value.Default
  public String title() {
    return "";
  }

  /** The name of the format it was read from, such as {@code sigma}. */
  @JsonProperty("format")
  public abstract String format();

  /** The file or other source it was read from. */
  @JsonProperty("file")
  @Value.Default
  public String file() {
    return "";
  }

  /** The line where the rule starts, counted from 1, for formats that have lines per rule. */
  @JsonIgnore
  public abstract Optional<Integer> line();

  @JsonProperty("status")
  @Value.Default
  public RuleStatus status() {
    return RuleStatus.UNKNOWN;
  }

  /** Whether the rule runs; false for rules switched off in the SIEM. Default true. */
  @JsonProperty("enabled")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /**
   * Whether the rule is an Elastic building block: its alerts feed other rules and are hidden
   * from analysts.
   */
  @JsonProperty("buildingBlock")
  @Value.Default
  public boolean buildingBlock() {
    return false;
  }

  /** The severity as the format writes it, such as {@code high}; empty when absent. */
  @JsonProperty("severity")
  @Value.Default
  public String severity() {
    return "";
  }

  /** The log source, such as Sigma's {@code product}, {@code category} and {@code service}. */
  @JsonProperty("logSource")
  public abstract Map<String, String> logSource();

  /** Data sources, indexes or connectors the rule reads. */
  @JsonProperty("dataSources")
  public abstract List<String> dataSources();

  @JsonProperty("platforms")
  public abstract List<String> platforms();

  /** The technique IDs as written in the rule's mapping fields, upper-cased. */
  @JsonProperty("techniqueIds")
  public abstract List<String> techniqueIds();

  /** The current technique IDs after normalisation; empty before it. */
  @JsonProperty("resolvedTechniqueIds")
  public abstract List<String> resolvedTechniqueIds();

  /** The tactics as written: short names, names, CamelCase names or TA IDs. */
  @JsonProperty("tactics")
  public abstract List<String> tactics();

  /** The tactic short names after normalisation; empty before it. */
  @JsonProperty("resolvedTactics")
  public abstract List<String> resolvedTactics();

  /** Other ATT&CK references kept as context, such as group and software IDs. */
  @JsonProperty("context")
  public abstract List<String> context();

  /**
   * A quality score given by the source, such as a DeTT&CT detection score or a Navigator layer
   * score. A rule with a score of 0 or less covers nothing.
   */
  @JsonIgnore
  public abstract Optional<Double> score();

  /** A visibility score given by the source, such as DeTT&CT's. */
  @JsonIgnore
  public abstract Optional<Double> visibilityScore();

  @JsonProperty("line")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  final Integer jsonLine() {
    return line().orElse(null);
  }

  @JsonProperty("score")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  final Double jsonScore() {
    return score().orElse(null);
  }

  @JsonProperty("visibilityScore")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  final Double jsonVisibilityScore() {
    return visibilityScore().orElse(null);
  }

  /** The technique IDs that count for coverage: the resolved ones, or as written before that. */
  public final List<String> effectiveTechniqueIds() {
    return resolvedTechniqueIds().isEmpty() ? techniqueIds() : resolvedTechniqueIds();
  }

  public static ImmutableDetectionRule.Builder builder() {
    return ImmutableDetectionRule.builder();
  }

  /** One line: format, id and title. */
  @Override
  public String toString() {
    return format() + " " + id() + (title().isEmpty() ? "" : " " + title());
  }
}

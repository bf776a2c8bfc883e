package dev.attackj.gap.coverage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.attackj.gap.inventory.DetectionRule;
import dev.attackj.gap.inventory.RuleStatus;
import org.immutables.value.Value;

/**
 * Which rules count for coverage, how coverage rolls up between techniques and sub-techniques,
 * and how a technique is scored. The defaults: disabled and deprecated rules do not count,
 * experimental and building-block rules do. A sub-technique's rules also cover its parent, and a
 * parent's rules cover the parent only. The score is the number of rules.
 *
 * <p>A rule whose source gives it a score of 0 or less, such as a DeTT&CT detection score of -1,
 * never counts.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoveragePolicy.class)
@JsonDeserialize(as = ImmutableCoveragePolicy.class)
@JsonPropertyOrder({"includeDisabled", "includeExperimental", "includeDeprecated",
    "includeBuildingBlocks", "subtechniquesCoverParent", "parentCoversSubtechniques", "scoring"})
public abstract class CoveragePolicy {

  /** The scoring of a covered technique. */
  public enum Scoring {
    /** The number of distinct rules that cover the technique. */
    RULE_COUNT,
    /**
     * The highest quality score among the rules that cover the technique, such as a DeTT&CT
     * detection score; a rule without a score counts as 1.
     */
    QUALITY
  }

  /** Whether rules switched off in the SIEM count. Default false. */
  @JsonProperty("includeDisabled")
  @Value.Default
  public boolean includeDisabled() {
    return false;
  }

  /** Whether experimental rules count. Default true. */
  @JsonProperty("includeExperimental")
  @Value.Default
  public boolean includeExperimental() {
    return true;
  }

  /** Whether deprecated and unsupported rules count. Default false. */
  @JsonProperty("includeDeprecated")
  @Value.Default
  public boolean includeDeprecated() {
    return false;
  }

  /** Whether Elastic building-block rules count. Default true. */
  @JsonProperty("includeBuildingBlocks")
  @Value.Default
  public boolean includeBuildingBlocks() {
    return true;
  }

  /** Whether the rules of a sub-technique also cover its parent. Default true. */
  @JsonProperty("subtechniquesCoverParent")
  @Value.Default
  public boolean subtechniquesCoverParent() {
    return true;
  }

  /** Whether the rules of a technique also cover all its sub-techniques. Default false. */
  @JsonProperty("parentCoversSubtechniques")
  @Value.Default
  public boolean parentCoversSubtechniques() {
    return false;
  }

  @JsonProperty("scoring")
  @Value.Default
  public Scoring scoring() {
    return Scoring.RULE_COUNT;
  }

  /** The default policy. */
  public static CoveragePolicy defaults() {
    return builder().build();
  }

  public static ImmutableCoveragePolicy.Builder builder() {
    return ImmutableCoveragePolicy.builder();
  }

  /** Whether a rule counts for coverage under this policy. */
  public final boolean counts(DetectionRule rule) {
    if (!rule.enabled() && !includeDisabled()) {
      return false;
    }
    if (rule.buildingBlock() && !includeBuildingBlocks()) {
      return false;
    }
    if (rule.score().map(score -> score <= 0).orElse(false)) {
      return false;
    }
    RuleStatus status = rule.status();
    if (status == RuleStatus.EXPERIMENTAL) {
      return includeExperimental();
    }
    if (status == RuleStatus.DEPRECATED || status == RuleStatus.UNSUPPORTED) {
      return includeDeprecated();
    }
    return true;
  }
}

package dev.attackj.gap.coverage;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.attackj.core.Problem;
import dev.attackj.gap.inventory.Inventory;
import dev.attackj.gap.inventory.ProblemSerializer;
import dev.attackj.gap.inventory.TechniqueIdFinding;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of measuring an inventory's coverage, as one document: the number of rules, the
 * rules per covered technique, the technique IDs found unknown, revoked or deprecated, the
 * import problems, the percentages over a scope and the full coverage. Its JSON form, from
 * {@link #toJson()}, has the keys {@code rules}, {@code covered}, {@code unknown},
 * {@code revoked}, {@code deprecated}, {@code problems}, {@code summary} and {@code coverage}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoverageReport.class)
@JsonPropertyOrder({"rules", "covered", "unknown", "revoked", "deprecated", "problems",
    "summary", "policy", "coverage"})
public abstract class CoverageReport {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /** The number of rules imported. */
  @JsonProperty("rules")
  public abstract int rules();

  /** The number of rules covering each covered technique, after normalisation and roll-up. */
  @JsonProperty("covered")
  @Value.Derived
  public Map<String, Integer> covered() {
    Map<String, Integer> covered = new LinkedHashMap<>();
    coverage().techniques().forEach((id, technique) -> {
      if (technique.isCovered()) {
        covered.put(id, technique.ruleIds().size());
      }
    });
    return covered;
  }

  @JsonProperty("unknown")
  public abstract List<TechniqueIdFinding> unknown();

  @JsonProperty("revoked")
  public abstract List<TechniqueIdFinding> revoked();

  @JsonProperty("deprecated")
  public abstract List<TechniqueIdFinding> deprecated();

  @JsonProperty("problems")
  @JsonSerialize(contentUsing = ProblemSerializer.class)
  public abstract List<Problem> problems();

  /** The percentages over the scope measured, when one was given. */
  @JsonIgnore
  public abstract Optional<CoverageSummary> summary();

  @JsonProperty("summary")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  final CoverageSummary jsonSummary() {
    return summary().orElse(null);
  }

  @JsonProperty("policy")
  public abstract CoveragePolicy policy();

  @JsonProperty("coverage")
  public abstract Coverage coverage();

  public static ImmutableCoverageReport.Builder builder() {
    return ImmutableCoverageReport.builder();
  }

  /** Builds the report of an inventory and its coverage, with the percentages over a scope. */
  public static CoverageReport of(Inventory inventory, CoveragePolicy policy, Coverage coverage,
      Optional<TechniqueScope> scope) {
    return builder()
        .rules(inventory.rules().size())
        .unknown(inventory.report().unknown())
        .revoked(inventory.report().revoked())
        .deprecated(inventory.report().deprecated())
        .problems(inventory.report().problems())
        .summary(scope.map(coverage::summarize))
        .policy(policy)
        .coverage(coverage)
        .build();
  }

  /** Writes the report as indented JSON. */
  public final String toJson() {
    try {
      return MAPPER.writeValueAsString(this);
    } catch (com.fasterxml.jackson.core.JsonProcessingException error) {
      throw new UncheckedIOException(error);
    }
  }
}

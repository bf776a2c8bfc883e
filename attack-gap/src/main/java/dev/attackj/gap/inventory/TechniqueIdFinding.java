package dev.attackj.gap.inventory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A technique ID of a rule that normalisation could not take as it is: unknown to the loaded
 * ATT&CK release, revoked (with its replacement) or deprecated.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTechniqueIdFinding.class)
@JsonPropertyOrder({"id", "replacement", "rule", "file", "line"})
public abstract class TechniqueIdFinding {

  /** The kind of finding. */
  public enum Kind {
    /** Not a technique of the loaded release: a newer ATT&CK, another domain, or a typo. */
    UNKNOWN,
    /** Revoked and replaced by another technique. */
    REVOKED,
    /** Deprecated without a replacement; kept as written. */
    DEPRECATED
  }

  /** The ID as the rule writes it, upper-cased. */
  @JsonProperty("id")
  public abstract String id();

  /** The current technique that replaces a revoked one. */
  @JsonIgnore
  public abstract Optional<String> replacement();

  /** The id of the rule. */
  @JsonProperty("rule")
  public abstract String rule();

  @JsonProperty("file")
  public abstract String file();

  @JsonIgnore
  public abstract Optional<Integer> line();

  @JsonProperty("replacement")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  final String jsonReplacement() {
    return replacement().orElse(null);
  }

  @JsonProperty("line")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  final Integer jsonLine() {
    return line().orElse(null);
  }

  @JsonProperty("kind")
  public abstract Kind kind();

  public static ImmutableTechniqueIdFinding.Builder builder() {
    return ImmutableTechniqueIdFinding.builder();
  }

  /** One line, such as {@code revoked T1086 -> T1059.001 in rule 1234 (rules/x.yml)}. */
  @Override
  public String toString() {
    return kind().name().toLowerCase(java.util.Locale.ROOT) + " " + id()
        + replacement().map(id -> " -> " + id).orElse("") + " in rule " + rule()
        + " (" + file() + line().map(line -> ":" + line).orElse("") + ")";
  }
}

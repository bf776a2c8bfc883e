package dev.attackj.gap.coverage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A set of techniques over which coverage is measured, each with the tactics it belongs to: the
 * whole matrix, the techniques of some platforms, or a list such as a threat profile.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTechniqueScope.class)
@JsonDeserialize(as = ImmutableTechniqueScope.class)
@JsonPropertyOrder({"name", "tactics", "techniques"})
public abstract class TechniqueScope {

  /** What the scope is, such as {@code enterprise 18.1, windows}. */
  @JsonProperty("name")
  @Value.Default
  public String name() {
    return "";
  }

  /** The tactic short names in matrix order, such as {@code initial-access}. */
  @JsonProperty("tactics")
  public abstract List<String> tactics();

  /** The technique IDs of the scope, each with the short names of its tactics. */
  @JsonProperty("techniques")
  public abstract Map<String, List<String>> techniques();

  public static ImmutableTechniqueScope.Builder builder() {
    return ImmutableTechniqueScope.builder();
  }
}
